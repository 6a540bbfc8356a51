using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OneStop.Bot.Delivery;
using OneStop.Bot.Storage;
using OneStop.Bot.Survey;
using OneStop.Domain.Calendar;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;
using OneStop.Domain.Reminders;

namespace OneStop.Bot.Reminders;

/// <summary>
/// Sends reminders when they are due: a stored due time plus this service, never a timer in a machine.
/// Each pass marks what it sent and writes the messages to the outbox in one transaction, so a restart or a
/// kill -9 neither loses nor repeats a reminder. A reminder whose day became a holiday (after a calendar update)
/// moves to the next same-day day and the citizen is told.
/// </summary>
internal sealed class ReminderScheduler(
    BotDatabase db,
    ContentCatalog content,
    ConversationOptions options,
    ReminderSchedule schedule,
    OutboxDispatcher dispatcher,
    TimeProvider time,
    IEnumerable<SurveyInvitation> surveys,
    ILogger<ReminderScheduler> log) : BackgroundService
{
    // Reminders are announced to the minute; checking more often would only cost reads.
    private static readonly TimeSpan Tick = TimeSpan.FromMinutes(1);

    private readonly ReminderWording _say = new(content, schedule);
    // The follow-up asks whether the citizen went and opens the survey: without the survey there is nothing to ask.
    private readonly SurveyInvitation? _survey = surveys.SingleOrDefault();

    private WorkCalendar Calendar => content.Calendar;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                dispatcher.Enqueue(RunDue());
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                log.LogError(ex, "A reminder pass failed; the next pass retries");
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

    /// <summary>One pass: everything due now is committed to the outbox and returned for sending.</summary>
    public IReadOnlyList<OutboxMessage> RunDue()
    {
        var nowUtc = time.GetUtcNow();
        var local = TimeZoneInfo.ConvertTime(nowUtc, options.Zone).DateTime;
        var messages = new List<OutboxMessage>();
        void Send(string chatKey, Reply reply) =>
            messages.Add(OutboxMessage.From(ChatAddress.Parse(chatKey), reply, OutboxKind.Reminder, nowUtc.UtcDateTime));

        db.InTransaction(() =>
        {
            var reminders = ReminderStore.Reminders(db);
            foreach (var reminder in reminders.FindAll().ToList())
            {
                Visit(reminders, reminder, local, Send);
            }

            AnnounceWeekly(local, Send);
            foreach (var message in messages)
            {
                db.Outbox.Insert(message);
            }
        });
        return messages;
    }

    private void Visit(LiteDB.ILiteCollection<StoredReminder> reminders, StoredReminder reminder, DateTime local, Action<string, Reply> send)
    {
        if (!ReminderList.TryDay(reminder.Day, out var day) || db.Chats.FindById(reminder.ChatKey) is { Reachable: false })
        {
            reminders.Delete(reminder.Id);
            return;
        }

        var today = DateOnly.FromDateTime(local);
        if (!reminder.MorningDone && day >= today && !Calendar.KeepsSameDay(day))
        {
            Move(reminders, reminder, day, send);
            return;
        }

        var changed = false;
        if (!reminder.EveningDone && local >= day.AddDays(-1).ToDateTime(schedule.Evening))
        {
            // Too late for "tomorrow" once the day has begun: the morning message covers it.
            if (local < day.ToDateTime(TimeOnly.MinValue))
            {
                send(reminder.ChatKey, new Reply(_say.Evening(day, reminder.ProcedureId), _say.AfterReminderButtons()));
            }

            reminder.EveningDone = changed = true;
        }

        if (!reminder.MorningDone && local >= day.ToDateTime(schedule.Morning))
        {
            if (local < day.ToDateTime(Calendar.Cutoff))
            {
                send(reminder.ChatKey, new Reply(_say.Morning(day, reminder.ProcedureId), _say.AfterReminderButtons()));
            }

            reminder.MorningDone = changed = true;
        }

        if (local >= Calendar.NextWorkingDay(day).ToDateTime(schedule.FollowUp))
        {
            if (_survey is { } survey)
            {
                send(reminder.ChatKey, FollowUp(survey, day, reminder.ProcedureId));
            }

            reminders.Delete(reminder.Id);
            UpdateMirror(reminder.ChatKey, items => items.RemoveAll(i => i.Day == day));
            return;
        }

        if (changed)
        {
            reminders.Update(reminder);
        }
    }

    private void Move(LiteDB.ILiteCollection<StoredReminder> reminders, StoredReminder reminder, DateOnly day, Action<string, Reply> send)
    {
        var reason = Calendar.Describe(day).ClosedReason ?? "";
        var next = Calendar.NextSameDay(day.ToDateTime(TimeOnly.MinValue)).Day;
        reminders.Delete(reminder.Id);
        var key = StoredReminder.Key(reminder.ChatKey, ReminderList.Format(next));
        if (reminders.FindById(key) is null)
        {
            reminders.Insert(new StoredReminder { Id = key, ChatKey = reminder.ChatKey, Day = ReminderList.Format(next), ProcedureId = reminder.ProcedureId });
        }

        UpdateMirror(reminder.ChatKey, items =>
        {
            items.RemoveAll(i => i.Day == day || i.Day == next);
            items.Add((next, reminder.ProcedureId));
        });
        send(reminder.ChatKey, new Reply(_say.Moved(day, reason, next), _say.AfterReminderButtons()));
        log.LogInformation("Moved a reminder from {From} to {To}: {Reason}", day, next, reason);
    }

    private Reply FollowUp(SurveyInvitation survey, DateOnly day, string? procedureId) =>
        new(_say.FollowUp(day),
        [
            [new ReplyButton(_say.Label("button.went"), survey.Payload(procedureId))],
            [new ReplyButton(_say.Label("button.not-went"), ReminderWording.Payload("pick", procedureId: procedureId))],
        ]);

    /// <summary>The evening before a working same-day day, one short message to each weekly subscriber, once.</summary>
    private void AnnounceWeekly(DateTime local, Action<string, Reply> send)
    {
        var tomorrow = DateOnly.FromDateTime(local).AddDays(1);
        if (tomorrow.DayOfWeek != Calendar.SameDayWeekday || !Calendar.KeepsSameDay(tomorrow) || TimeOnly.FromDateTime(local) < schedule.Evening)
        {
            return;
        }

        var day = ReminderList.Format(tomorrow);
        var weekly = ReminderStore.Weekly(db);
        foreach (var subscription in weekly.Find(s => s.LastAnnounced != day).ToList())
        {
            subscription.LastAnnounced = day;
            weekly.Update(subscription);
            if (db.Chats.FindById(subscription.Id) is not { Reachable: false })
            {
                send(subscription.Id, new Reply(_say.Weekly(tomorrow), _say.AfterReminderButtons()));
            }
        }
    }

    /// <summary>Keeps the session's copy (what the citizen sees under "Xem lời nhắc") in step with the scheduler's.</summary>
    private void UpdateMirror(string chatKey, Action<List<(DateOnly Day, string? ProcedureId)>> change)
    {
        if (db.Sessions.FindById(chatKey) is not { } session)
        {
            return;
        }

        var items = ReminderList.Read(session.Data);
        change(items);
        ReminderList.Write(session.Data, items);
        db.Sessions.Update(session);
    }
}
