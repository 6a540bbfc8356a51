using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OneStop.Bot.Zalo;

/// <summary>
/// An official answering a citizen in the OA's own chat console (Zalo echoes it as oa_send_* with sender.admin_id):
/// the bot stays quiet in that chat until the official types the closing word or <see cref="ZaloOptions.HumanQuietFor"/>
/// passes after their last message. Kept in memory: after a restart the bot speaks again, which is the safe side.
/// </summary>
internal sealed class ZaloHandover(IOptions<ZaloOptions> options, ILogger<ZaloHandover> log)
{
    private readonly ConcurrentDictionary<string, DateTime> _quietUntil = new(StringComparer.Ordinal);

    public void OfficialAnswered(string userId, string adminId, string? text, DateTime atUtc)
    {
        if (string.Equals(text?.Trim(), options.Value.HumanClosingWord, StringComparison.OrdinalIgnoreCase))
        {
            _quietUntil.TryRemove(userId, out _);
            log.LogInformation("Official {Admin} handed zalo:{User} back to the bot", adminId, userId);
            return;
        }

        _quietUntil[userId] = atUtc + options.Value.HumanQuietFor;
        log.LogInformation("Official {Admin} is answering zalo:{User} in the OA console; the question counts as handled by a person", adminId, userId);
    }

    public bool IsQuiet(string userId, DateTime atUtc) => _quietUntil.TryGetValue(userId, out var until) && atUtc < until;
}
