using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OneStop.Bot.Observability;

namespace OneStop.Bot.Zalo;

/// <summary>
/// An official answering a citizen in the OA's own chat console (Zalo echoes it as oa_send_* with sender.admin_id):
/// the bot stays quiet in that chat until the official types the closing word or <see cref="ZaloOptions.HumanQuietFor"/>
/// passes after their last message. Kept in memory: after a restart the bot speaks again, which is the safe side.
/// </summary>
internal sealed class ZaloHandover(IOptions<ZaloOptions> options, ChatPseudonym names, ILogger<ZaloHandover> log)
{
    private readonly ConcurrentDictionary<string, DateTime> _quietUntil = new(StringComparer.Ordinal);

    public void OfficialAnswered(string userId, string adminId, string? text, DateTime atUtc)
    {
        if (string.Equals(text?.Trim(), options.Value.HumanClosingWord, StringComparison.OrdinalIgnoreCase))
        {
            _quietUntil.TryRemove(userId, out _);
            log.LogInformation("Official {Admin} handed {Chat} back to the bot", adminId, names.Of(ZaloChat.Address(userId).Key));
            return;
        }

        _quietUntil[userId] = atUtc + options.Value.HumanQuietFor;
        log.LogInformation("Official {Admin} is answering {Chat} in the OA console; the question counts as handled by a person", adminId, names.Of(ZaloChat.Address(userId).Key));
    }

    public bool IsQuiet(string userId, DateTime atUtc) => _quietUntil.TryGetValue(userId, out var until) && atUtc < until;
}
