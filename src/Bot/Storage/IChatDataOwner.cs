namespace OneStop.Bot.Storage;

/// <summary>
/// A feature's own collection that holds something about a chat. /xoadulieu and the retention period call
/// every owner, so deleting a chat deletes all of it.
/// </summary>
internal interface IChatDataOwner
{
    /// <summary>Runs inside the deletion's transaction: synchronous, no await.</summary>
    void DeleteChat(BotDatabase db, string chatKey);
}
