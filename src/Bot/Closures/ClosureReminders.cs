using OneStop.Bot.Delivery;
using OneStop.Bot.Reminders;
using OneStop.Bot.Storage;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;
using OneStop.Domain.Reminders;

namespace OneStop.Bot.Closures;

/// <summary>
/// What a closure does to reminders: confirming one moves the reminders of that day to the next same-day day and
/// tells each citizen (the scheduler's own move, run at once); cancelling one moves them back and tells them again.
/// Whom it moved is kept with the closure, so only those are moved back.
/// </summary>
internal sealed class ClosureReminders(
    BotDatabase db,
    ClosureStore closures,
    ClosureWording say,
    ContentCatalog content,
    ReminderScheduler scheduler,
    OutboxDispatcher dispatcher,
    TimeProvider time)
{
    public int CountOn(DateOnly day)
    {
        var key = ReminderList.Format(day);
        return ReminderStore.Reminders(db).Count(r => r.Day == key && !r.MorningDone);
    }

    /// <summary>Confirms the closure, lays it on the calendar and moves its day's reminders; returns how many moved.</summary>
    public int MoveOff(StoredClosure closure)
    {
        ArgumentNullException.ThrowIfNull(closure);
        var day = ClosureStore.Parse(closure.Day);
        db.InTransaction(() =>
        {
            closure.Status = ClosureStatus.Active;
            closures.Update(closure);
        });
        closures.Apply();
        // Inside a staff tool's transaction the calendar above saw this thread's writes: if they are undone, so is it.
        db.AfterRollback(closures.Apply);
        var next = ReminderList.Format(content.Calendar.NextSameDay(day.ToDateTime(TimeOnly.MinValue)).Day);
        var key = closure.Day;
        closure.Moved = ReminderStore.Reminders(db).Find(r => r.Day == key && !r.MorningDone)
            .Select(r => new MovedReminder { ChatKey = r.ChatKey, ProcedureId = r.ProcedureId, To = next })
            .ToList();
        db.InTransaction(() => closures.Update(closure));

        // The scheduler moves every reminder whose day no longer keeps the same-day promise and tells the citizen,
        // through the outbox; running it now rather than at its next minute makes the move immediate.
        var moved = scheduler.RunDue();
        db.AfterCommit(() => dispatcher.Enqueue(moved));
        return closure.Moved.Count;
    }

    /// <summary>Cancels the closure, takes it off the calendar, moves back whom it moved and tells them; returns how many were told.</summary>
    public int MoveBack(StoredClosure closure)
    {
        ArgumentNullException.ThrowIfNull(closure);
        var day = ClosureStore.Parse(closure.Day);
        var nowUtc = time.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(nowUtc, Hosting.CommuneZone.Zone).DateTime);
        var messages = new List<OutboxMessage>();
        db.InTransaction(() =>
        {
            closure.Status = ClosureStatus.Cancelled;
            closures.Update(closure);
            var reminders = ReminderStore.Reminders(db);
            foreach (var moved in closure.Moved)
            {
                var to = ClosureStore.Parse(moved.To);
                string text;
                if (day >= today && reminders.FindById(StoredReminder.Key(moved.ChatKey, moved.To)) is { } reminder)
                {
                    reminders.Delete(reminder.Id);
                    var back = StoredReminder.Key(moved.ChatKey, closure.Day);
                    if (reminders.FindById(back) is null)
                    {
                        reminders.Insert(new StoredReminder { Id = back, ChatKey = moved.ChatKey, Day = closure.Day, ProcedureId = moved.ProcedureId });
                    }

                    Mirror(moved.ChatKey, to, day, moved.ProcedureId);
                    text = say.Say("closure.reopened", ("day", ClosureWording.Day(day)));
                }
                else
                {
                    text = say.Say("closure.reopened.past", ("day", ClosureWording.Day(day)), ("next", ClosureWording.Day(to)));
                }

                var message = OutboxMessage.From(ChatAddress.Parse(moved.ChatKey), new Reply(text), OutboxKind.Reminder, nowUtc.UtcDateTime);
                db.Outbox.Insert(message);
                messages.Add(message);
            }
        });
        closures.Apply();
        db.AfterRollback(closures.Apply);
        db.AfterCommit(() => dispatcher.Enqueue(messages));
        return messages.Count;
    }

    /// <summary>Keeps the session's copy of the reminders (what "Xem lời nhắc" shows) in step.</summary>
    private void Mirror(string chatKey, DateOnly from, DateOnly to, string? procedureId)
    {
        if (db.Sessions.FindById(chatKey) is not { } session)
        {
            return;
        }

        var items = ReminderList.Read(session.Data);
        items.RemoveAll(i => i.Day == from || i.Day == to);
        items.Add((to, procedureId));
        ReminderList.Write(session.Data, items);
        db.Sessions.Update(session);
    }
}
