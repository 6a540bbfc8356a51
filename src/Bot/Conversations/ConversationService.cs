using Microsoft.Extensions.Logging;
using OneStop.Bot.Observability;
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
    BotMetrics metrics,
    ChatPseudonym names,
    IEnumerable<IIncomingEnricher>? enrichers = null)
{
    private readonly Lock _gate = new();
    private readonly IReadOnlyList<IEffectHandler> _handlers = effectHandlers.ToList();
    private readonly Dictionary<string, ChannelPosition?> _positions = new(StringComparer.Ordinal);

    /// <summary>True when this update of <paramref name="channel"/> was handled already (Telegram delivers the last batch again after a restart).</summary>
    public bool IsRepeat(string channel, long sequence)
    {
        lock (_gate)
        {
            return CommittedPosition(channel)?.Covers(sequence, time.GetUtcNow().UtcDateTime) == true;
        }
    }

    /// <summary>True when this update was handled already, by the key its channel chose.</summary>
    public bool IsRepeat(InboundUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (update.Sequence is { } sequence)
        {
            return IsRepeat(update.Incoming.Chat.Channel, sequence);
        }

        return update.EventKey is { } key && store.IsHandledEvent(key);
    }

    /// <summary>
    /// Handles an update outside the conversation (a staff tool) exactly once: the official's chat marked as seen (Zalo's
    /// window, read from the chat's last-seen time, then lets the answer through), everything <paramref name="work"/>
    /// writes, and the update recorded as handled, in one transaction. A kill at any moment leaves all of it or none, and
    /// a delivery of the same update after the commit is skipped. <paramref name="work"/> must run on this thread to the
    /// end (see <see cref="SingleThreadWork"/>). Returns false, without running it, for an update handled already.
    /// </summary>
    public bool HandleOutside(InboundUpdate update, Action work)
    {
        ArgumentNullException.ThrowIfNull(update);
        ArgumentNullException.ThrowIfNull(work);
        lock (_gate)
        {
            if (IsRepeat(update))
            {
                return false;
            }

            var now = time.GetUtcNow().UtcDateTime;
            var touch = new TurnBatch();
            touch.TouchedChats[update.Incoming.Chat.Key] = true;
            var mark = new TurnBatch();
            Mark(update, mark);
            store.InTransaction(() =>
            {
                store.Commit(touch, now);
                work();
                store.Commit(mark, now);
            });
            Remember(mark, now);
            return true;
        }
    }

    /// <summary>Records an update handled without effects (a webhook body that could not be read), so a re-delivery is skipped.</summary>
    public void MarkHandled(InboundUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        lock (_gate)
        {
            var batch = new TurnBatch();
            Mark(update, batch);
            Commit(batch, time.GetUtcNow().UtcDateTime);
        }
    }

    /// <summary>Records an update of <paramref name="channel"/> handled without effects, so a re-delivery is skipped.</summary>
    public void MarkHandled(string channel, long sequence) =>
        MarkHandled(new InboundUpdate(sequence, new Incoming(new ChatAddress(channel, "0"), IncomingKind.Unreadable)) { Silent = true });

    public IReadOnlyList<OutboxMessage> Handle(IReadOnlyList<InboundUpdate> updates)
    {
        ArgumentNullException.ThrowIfNull(updates);
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var batch = new TurnBatch();
            foreach (var update in updates)
            {
                var channel = update.Incoming.Chat.Channel;
                if (update.Sequence is { } sequence && IsRepeat(batch, channel, sequence, now.UtcDateTime))
                {
                    log.LogInformation("Update {Channel}:{Update} was already handled; skipping the repeat", channel, sequence);
                    continue;
                }

                if (update.EventKey is { } key && (batch.HandledEvents.Contains(key) || store.IsHandledEvent(key)))
                {
                    log.LogInformation("Event {Event} was already handled; skipping the repeat", key);
                    continue;
                }

                if (!update.Silent)
                {
                    metrics.Received(channel, KindName(update.Incoming.Kind));
                    HandleOne(update.Incoming, batch, now);
                }

                if (update.Sequence is { } done)
                {
                    batch.Positions[channel] = done;
                }

                if (update.EventKey is { } handled)
                {
                    batch.HandledEvents.Add(handled);
                }
            }

            Commit(batch, now.UtcDateTime);
            return batch.Outbox;
        }
    }

    /// <summary>A repeat of an update handled earlier in this batch, or before it.</summary>
    private bool IsRepeat(TurnBatch batch, string channel, long sequence, DateTime nowUtc) =>
        batch.Positions.TryGetValue(channel, out var handled)
            ? sequence <= handled
            : CommittedPosition(channel)?.Covers(sequence, nowUtc) == true;

    private static string KindName(IncomingKind kind) => kind switch
    {
        IncomingKind.Text => "text",
        IncomingKind.Button => "button",
        IncomingKind.Unreadable => "unreadable",
        IncomingKind.Blocked => "blocked",
        IncomingKind.Unblocked => "unblocked",
        _ => "other",
    };

    private ChannelPosition? CommittedPosition(string channel)
    {
        if (!_positions.TryGetValue(channel, out var position))
        {
            position = store.Position(channel);
            _positions[channel] = position;
        }

        return position;
    }

    /// <summary>Adds the update's handled mark to <paramref name="batch"/>: its channel's position (never moved back by a repeat), or its event key.</summary>
    private void Mark(InboundUpdate update, TurnBatch batch)
    {
        var channel = update.Incoming.Chat.Channel;
        if (update.Sequence is { } sequence)
        {
            if (CommittedPosition(channel)?.Covers(sequence, time.GetUtcNow().UtcDateTime) != true)
            {
                batch.Positions[channel] = sequence;
            }
        }
        else if (update.EventKey is { } key)
        {
            batch.HandledEvents.Add(key);
        }
    }

    private void Commit(TurnBatch batch, DateTime nowUtc)
    {
        store.Commit(batch, nowUtc);
        Remember(batch, nowUtc);
    }

    /// <summary>The committed positions, kept in memory: called only once the batch's transaction has committed.</summary>
    private void Remember(TurnBatch batch, DateTime nowUtc)
    {
        foreach (var (channel, last) in batch.Positions)
        {
            // The batch's last update, even below the old position: Telegram numbers afresh after a silent week.
            _positions[channel] = new ChannelPosition { Id = channel, Last = last, AtUtc = nowUtc };
        }
    }

    private void HandleOne(Incoming incoming, TurnBatch batch, DateTimeOffset now)
    {
        var chatKey = incoming.Chat.Key;
        if (!batch.Sessions.TryGetValue(chatKey, out var session) || session.Deleted)
        {
            // A new object each time (the store never hands out a shared one), so a turn that fails leaves nothing behind.
            session = store.FindSession(chatKey) ?? new Session();
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
            log.LogError(ex, "Handling a message of {Chat} failed", names.Of(chatKey));
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
