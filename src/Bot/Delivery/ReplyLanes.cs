using System.Collections.Concurrent;

namespace OneStop.Bot.Delivery;

/// <summary>
/// The per-chat queues of replies and staff messages, shared by the dispatcher that drains them and the
/// <see cref="SendGate"/>, which holds a broadcast message back while a reply waits for the same chat.
/// </summary>
internal sealed class ReplyLanes
{
    private readonly ConcurrentDictionary<string, ChatLane> _lanes = new(StringComparer.Ordinal);

    public ChatLane For(string chatKey) => _lanes.GetOrAdd(chatKey, key => new ChatLane(key));

    /// <summary>True when a reply or a staff message is waiting for the chat.</summary>
    public bool HasWaiting(string chatKey) => _lanes.TryGetValue(chatKey, out var lane) && !lane.IsEmpty;
}
