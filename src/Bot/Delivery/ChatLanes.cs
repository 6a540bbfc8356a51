using System.Collections.Concurrent;
using OneStop.Bot.Storage;

namespace OneStop.Bot.Delivery;

/// <summary>
/// The lanes of the chats that have replies waiting or being sent, shared by the dispatcher that drains them and the
/// <see cref="SendGate"/>, which holds a notice back while a reply waits for its chat. A lane is forgotten once it runs empty:
/// one kept for every chat ever answered grew without end (about 300 bytes a chat, 30 MB through 100,000 chats).
/// </summary>
internal sealed class ChatLanes
{
    private readonly ConcurrentDictionary<string, ChatLane> _lanes = new(StringComparer.Ordinal);

    public int Count => _lanes.Count;

    /// <summary>Puts the message in its chat's lane; returns the lane when the caller must start draining it.</summary>
    public ChatLane? Add(OutboxMessage message)
    {
        while (true)
        {
            var lane = _lanes.GetOrAdd(message.ChatKey, key => new ChatLane(key));
            if (lane.TryAdd(message, out var startDrain))
            {
                return startDrain ? lane : null;
            }

            // It ran empty and retired after it was found. Nothing drains it any more, so a new lane keeps the order.
            Forget(lane);
        }
    }

    public bool TryGet(string chatKey, out ChatLane lane) => _lanes.TryGetValue(chatKey, out lane!);

    /// <summary>Drops this lane (not a newer one of the same chat).</summary>
    public void Forget(ChatLane lane) => _lanes.TryRemove(new KeyValuePair<string, ChatLane>(lane.ChatKey, lane));
}
