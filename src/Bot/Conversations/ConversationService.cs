using Microsoft.Extensions.Logging;
using OneStop.Bot.Storage;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Conversations;

/// <summary>
/// Runs a batch of updates through the engine and commits the new sessions, effects and replies in one
/// LiteDB transaction; the replies are then sent from the outbox. Updates are handled one at a time in
/// arrival order, which keeps each chat's order (the engine takes microseconds; sending, which is slow,
/// runs concurrently across chats in the dispatcher).
/// </summary>
internal sealed class ConversationService(
    ConversationEngine engine,
    ConversationStore store,
    IEnumerable<IEffectHandler> effectHandlers,
    TimeProvider time,
    ILogger<ConversationService> log,
    IEnumerable<IIncomingEnricher>? enrichers = null)
{
    private readonly Lock _gate = new();
    private readonly IReadOnlyList<IEffectHandler> _handlers = effectHandlers.ToList();

    public bool WasProcessed(string updateKey) => store.WasProcessed(updateKey);

    /// <summary>Which of these updates were handled before, asked in one go (a batch from Telegram holds up to 100).</summary>
    public IReadOnlySet<string> AlreadyProcessed(IReadOnlyCollection<string> updateKeys)
    {
        var snapshot = store.Load(updateKeys, []);
        return updateKeys.Where(snapshot.WasProcessed).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Records an update handled outside the conversation (a staff tool), so a re-delivery is skipped.</summary>
    public void MarkProcessed(string updateKey)
    {
        var batch = new TurnBatch();
        batch.ProcessedKeys.Add(updateKey);
        store.Commit(batch, time.GetUtcNow().UtcDateTime);
    }

    public IReadOnlyList<OutboxMessage> Handle(IReadOnlyList<InboundUpdate> updates)
    {
        ArgumentNullException.ThrowIfNull(updates);
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var batch = new TurnBatch();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var stored = store.Load(updates.Select(u => u.DedupKey).OfType<string>(), updates.Select(u => u.Incoming.Chat.Key));
            foreach (var update in updates)
            {
                if (update.DedupKey is { } key && (!seen.Add(key) || stored.WasProcessed(key)))
                {
                    log.LogInformation("Update {Update} was already handled; skipping the repeat", key);
                    continue;
                }

                HandleOne(update.Incoming, batch, now, stored);
                if (update.DedupKey is { } done)
                {
                    batch.ProcessedKeys.Add(done);
                }
            }

            store.Commit(batch, now.UtcDateTime);
            return batch.Outbox;
        }
    }

    private void HandleOne(Incoming incoming, TurnBatch batch, DateTimeOffset now, BatchSnapshot stored)
    {
        var chatKey = incoming.Chat.Key;
        if (!batch.Sessions.TryGetValue(chatKey, out var session) || session.Deleted)
        {
            session = (stored.TryTake(chatKey, out var loaded) ? loaded : store.FindSession(chatKey)) ?? new Session();
            if (batch.DeletedChats.Contains(chatKey))
            {
                session = new Session();
            }
        }

        Outcome outcome;
        try
        {
            outcome = engine.Handle(session, (enrichers ?? []).Aggregate(incoming, (message, enricher) => enricher.Enrich(message)), now);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // One message failing must not stop the others; the session is not saved, so the chat
            // continues from its last good state.
            log.LogError(ex, "Handling a message of {Chat} failed", chatKey);
            batch.Sessions.Remove(chatKey);
            batch.Outbox.Add(OutboxMessage.From(incoming.Chat, new Reply(engine.Renderer.Say("error")), OutboxKind.Reply, now.UtcDateTime));
            return;
        }

        batch.Sessions[chatKey] = session;
        bool? reachable = null;
        foreach (var effect in outcome.Effects)
        {
            switch (effect)
            {
                case ConversationEffect.DeleteChatData:
                    batch.DeletedChats.Add(chatKey);
                    batch.TouchedChats.Remove(chatKey);
                    batch.Outbox.RemoveAll(m => m.ChatKey == chatKey && m.Id == 0);
                    break;
                case ConversationEffect.SetReachable set:
                    reachable = set.Reachable;
                    break;
                default:
                    var handler = _handlers.FirstOrDefault(h => h.Handles(effect))
                        ?? throw new InvalidOperationException($"No handler is registered for {effect.GetType().Name}.");
                    handler.Apply(effect, incoming.Chat, batch, now.UtcDateTime);
                    break;
            }
        }

        if (!session.Deleted)
        {
            batch.TouchedChats[chatKey] = reachable;
        }

        batch.Outbox.AddRange(outcome.Replies.Select(r => OutboxMessage.From(incoming.Chat, r, OutboxKind.Reply, now.UtcDateTime)));
    }
}
