namespace OneStop.Bot.Storage;

/// <summary>The outbox table: what is still to send, and acknowledging what was sent.</summary>
internal sealed class OutboxStore(BotDatabase db)
{
    public IReadOnlyList<OutboxMessage> Pending() => db.Outbox.FindAll().OrderBy(m => m.Id).ToList();

    public int PendingCount() => db.Outbox.Count();

    /// <summary>
    /// Commits messages made outside a conversation turn (staff tools), in the transaction open on this thread or one of
    /// their own; their ids are set. <paramref name="committed"/> gets them once that transaction has committed.
    /// </summary>
    public void Add(IReadOnlyList<OutboxMessage> messages, Action<IReadOnlyList<OutboxMessage>> committed)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(committed);
        db.InTransaction(() =>
        {
            foreach (var message in messages)
            {
                db.Outbox.Insert(message);
            }

            db.AfterCommit(() => committed(messages));
        });
    }

    /// <summary>The channel's id of the message a slot keeps up to date, or null before its first was sent.</summary>
    public string? SlotMessage(string chatKey, string slot) => db.Slots.FindById(MessageSlot.Key(chatKey, slot))?.MessageId;

    public void RememberSlot(string chatKey, string slot, string messageId) =>
        db.Slots.Upsert(new MessageSlot { Id = MessageSlot.Key(chatKey, slot), MessageId = messageId });

    /// <summary>Deletes sent messages in one transaction: under load, acknowledgements arrive in bunches.</summary>
    public void Acknowledge(IReadOnlyCollection<long> ids)
    {
        if (ids.Count == 0)
        {
            return;
        }

        db.InTransaction(() =>
        {
            foreach (var id in ids)
            {
                db.Outbox.Delete(id);
            }
        });
    }

    public void RecordAttempt(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        db.Outbox.Update(message);
    }

    /// <summary>The person blocked the bot: nothing more can reach them, so their queue goes and the chat is marked.</summary>
    public void DropChat(string chatKey)
    {
        db.InTransaction(() =>
        {
            db.Outbox.DeleteMany(m => m.ChatKey == chatKey);
            if (db.Chats.FindById(chatKey) is { } chat)
            {
                chat.Reachable = false;
                db.Chats.Update(chat);
            }

            // A citizen who blocked the bot or deleted the account is unsubscribed from notices (issue 6).
            Notices.SubscriberStore.Forget(db, chatKey);
        });
    }
}
