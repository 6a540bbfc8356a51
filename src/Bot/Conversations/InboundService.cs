using OneStop.Bot.Delivery;
using OneStop.Bot.Observability;
using OneStop.Bot.Safekeeping;
using OneStop.Bot.Staff;

namespace OneStop.Bot.Conversations;

/// <summary>
/// The one path of every message, whatever the channel: repeats are dropped by the key the channel chose, staff
/// matters go to the staff desk in their place, the citizens' updates between them are handled and committed a run at
/// a time, and the committed replies are handed to the dispatcher here. Channel adapters only translate. When the
/// database cannot be written the batch fails, so the channel confirms nothing and delivers it again (see <see cref="WriteOutage"/>).
/// </summary>
internal sealed class InboundService(
    ConversationService conversations,
    OutboxDispatcher dispatcher,
    StaffDesk? staff = null,
    WriteOutage? outage = null,
    ChannelHealth? health = null)
{
    /// <summary>
    /// Handles a batch in order. A staff command or button is handled after the run before it was committed, so a
    /// channel's position never passes an update whose effects are not committed. Returns, per update, what to show
    /// on a pressed button (a refusal), or null.
    /// </summary>
    public async Task<IReadOnlyList<string?>> HandleAsync(IReadOnlyList<InboundUpdate> updates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(updates);
        IReadOnlyList<string?> answers;
        try
        {
            answers = await HandleInOrderAsync(updates, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            var writing = WriteOutage.IsWriteFailure(ex);
            Report(updates, (writing ? "cannot write the database: " : "failed: ") + ex.GetType().Name);
            if (writing && outage is not null)
            {
                await outage.FailedAsync(ex, updates, cancellationToken);
            }

            throw;
        }

        Report(updates, null);
        if (outage is not null)
        {
            await outage.SucceededAsync(cancellationToken);
        }

        return answers;
    }

    /// <summary>How handling went, for /readyz, under each channel of the batch: not the channel's own calls (getUpdates succeeded).</summary>
    private void Report(IReadOnlyList<InboundUpdate> updates, string? failure)
    {
        if (health is null)
        {
            return;
        }

        foreach (var channel in updates.Select(u => u.Incoming.Chat.Channel).Distinct(StringComparer.Ordinal))
        {
            if (failure is null)
            {
                health.Succeeded(channel, ChannelHealth.Handling);
            }
            else
            {
                health.Failed(channel, ChannelHealth.Handling, failure);
            }
        }
    }

    private async Task<IReadOnlyList<string?>> HandleInOrderAsync(IReadOnlyList<InboundUpdate> updates, CancellationToken cancellationToken)
    {
        var answers = new string?[updates.Count];
        var run = new List<InboundUpdate>(updates.Count);
        for (var i = 0; i < updates.Count; i++)
        {
            var update = updates[i];
            if (staff is null || !staff.Claims(update) || conversations.IsRepeat(update))
            {
                // The conversation drops repeats itself, in the same lock as its commit.
                run.Add(update);
                continue;
            }

            Commit(run);
            run.Clear();
            // Its effects and its handled mark in one transaction.
            answers[i] = await staff.HandleAsync(update, cancellationToken);
        }

        Commit(run);
        return answers;
    }

    /// <summary>The terminal: handles one message and completes when its replies were shown.</summary>
    public Task DeliverAsync(InboundUpdate update) => dispatcher.DeliverAsync(conversations.Handle([update]));

    private void Commit(List<InboundUpdate> run)
    {
        if (run.Count > 0)
        {
            dispatcher.Enqueue(conversations.Handle(run));
        }
    }
}
