using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OneStop.Bot.Delivery;
using OneStop.Bot.Staff;
using OneStop.Bot.Storage;
using OneStop.Bot.Telegram;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Handover;

/// <summary>
/// Raises an unanswered question again in the staff group once <see cref="HandoverOptions.RemindAfter"/> of office time
/// has passed (a stored due time and this service, never a timer in a machine), and deletes closed questions when the
/// retention period after closing is over. Each pass commits the new due times with the outbox rows, so a restart
/// neither loses nor repeats a reminder.
/// </summary>
internal sealed class HandoverReminders(
    HandoverStore store,
    StaffGroupText say,
    IOptionsMonitor<StaffOptions> staff,
    ConversationOptions conversation,
    OutboxDispatcher dispatcher,
    TimeProvider time,
    ILogger<HandoverReminders> log) : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                dispatcher.Enqueue(RunDue());
                var purged = store.Purge(time.GetUtcNow().UtcDateTime.AddDays(-conversation.RetentionDays));
                if (purged > 0)
                {
                    log.LogInformation("Deleted {Count} closed question(s) past the retention period", purged);
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                log.LogError(ex, "A pass over questions to staff failed; the next pass retries");
            }

            try
            {
                await Task.Delay(Tick, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
        }
    }

    /// <summary>One pass: every question due now is raised in the group, and its next due time set.</summary>
    public IReadOnlyList<OutboxMessage> RunDue()
    {
        if (staff.CurrentValue.GroupChatId is not { } groupId)
        {
            return [];
        }

        var now = time.GetUtcNow().UtcDateTime;
        var group = TelegramChat.Address(groupId);
        List<OutboxMessage> rows = [];
        store.Database.InTransaction(() =>
        {
            rows.Clear();
            var questions = HandoverStore.Collection(store.Database);
            foreach (var question in questions.FindAll().Where(q => q.IsOpen && q.DueUtc <= now).ToList())
            {
                var row = OutboxMessage.From(group, say.Reminder(question), OutboxKind.Reply, now);
                row.Receipt = HandoverReceipt.For(question.Id);
                store.Database.Outbox.Insert(row);
                rows.Add(row);
                question.DueUtc = say.DueUtc(now);
                questions.Update(question);
            }
        });
        if (rows.Count > 0)
        {
            log.LogInformation("Raised {Count} unanswered question(s) again in the staff group", rows.Count);
        }

        return rows;
    }
}
