using OneStop.Domain.Conversation;

namespace OneStop.Bot.Storage;

/// <summary>
/// What a batch of updates needs from the database, read in one transaction before the engine runs:
/// LiteDB answers a lookup several times faster inside a transaction than on its own, and a burst of
/// updates would otherwise spend most of its time in separate lookups.
/// </summary>
internal sealed class BatchSnapshot(IReadOnlySet<string> processed, Dictionary<string, Session?> sessions)
{
    public bool WasProcessed(string updateKey) => processed.Contains(updateKey);

    /// <summary>
    /// The stored session of a chat (null when it has none), once: a later turn of the same chat in the batch
    /// continues from the batch's copy, and after a failed turn the database is asked again.
    /// </summary>
    public bool TryTake(string chatKey, out Session? session) => sessions.Remove(chatKey, out session);
}
