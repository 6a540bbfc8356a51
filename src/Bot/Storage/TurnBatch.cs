using OneStop.Domain.Conversation;

namespace OneStop.Bot.Storage;

/// <summary>What handling a batch of updates changed, committed together in one transaction.</summary>
internal sealed class TurnBatch
{
    public Dictionary<string, Session> Sessions { get; } = new(StringComparer.Ordinal);

    /// <summary>Chats whose data is deleted before this batch's sessions and messages are written.</summary>
    public List<string> DeletedChats { get; } = [];

    public Dictionary<string, bool?> TouchedChats { get; } = new(StringComparer.Ordinal);

    /// <summary>Per channel, the last update this batch handled (see <see cref="ChannelPosition"/>).</summary>
    public Dictionary<string, long> Positions { get; } = new(StringComparer.Ordinal);

    /// <summary>Webhook events this batch handled (see <see cref="InboundEventStore"/>).</summary>
    public List<string> HandledEvents { get; } = [];

    public List<OutboxMessage> Outbox { get; } = [];

    /// <summary>Feature writes (from effect handlers), run inside the batch's transaction after the sessions.</summary>
    public List<Action<BotDatabase>> Writes { get; } = [];

    public bool IsEmpty => Sessions.Count == 0 && DeletedChats.Count == 0 && TouchedChats.Count == 0 && Positions.Count == 0 && HandledEvents.Count == 0 && Outbox.Count == 0 && Writes.Count == 0;
}
