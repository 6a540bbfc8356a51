using System.Collections.Concurrent;

namespace OneStop.Bot.Observability;

/// <summary>
/// What each channel's last call to its platform did, as the channels report it (the poller its getUpdates, the
/// senders their sends, Zalo its token refresh), and how handling its last batch of updates went (<see cref="Handling"/>,
/// reported by the inbound path: a full disk is not a failed getUpdates). /readyz reads it; nothing here reaches into a
/// channel. A call a channel <see cref="Expect"/>s keeps the bot unready until it first succeeds (Telegram before its first poll).
/// </summary>
internal sealed class ChannelHealth
{
    /// <summary>Not a call: the handling and committing of the channel's last batch of updates.</summary>
    public const string Handling = "handling updates";

    private readonly ConcurrentDictionary<(string Channel, string Call), Entry> _calls = new();

    public void Expect(string channel, string call) => _calls.TryAdd((channel, call), new Entry(null, "not done yet"));

    /// <summary><see cref="Expect"/>, for a field initializer of the channel that reports the call.</summary>
    public ChannelHealth Expecting(string channel, string call)
    {
        Expect(channel, call);
        return this;
    }

    public void Succeeded(string channel, string call) => _calls[(channel, call)] = new Entry(true, "");

    public void Failed(string channel, string call, string reason) => _calls[(channel, call)] = new Entry(false, reason);

    /// <summary>Every call whose last result was not a success: "telegram getUpdates: …".</summary>
    public IReadOnlyList<string> Problems() =>
        [.. _calls.Where(c => c.Value.Ok != true).OrderBy(c => c.Key.Channel).ThenBy(c => c.Key.Call)
            .Select(c => $"{c.Key.Channel} {c.Key.Call}: {c.Value.Detail}")];

    private readonly record struct Entry(bool? Ok, string Detail);
}
