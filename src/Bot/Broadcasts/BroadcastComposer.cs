using OneStop.Bot.Delivery;
using System.Globalization;
using OneStop.Bot.Staff;
using OneStop.Domain.Conversation;
using OneStop.Domain.Notices;

namespace OneStop.Bot.Broadcasts;

/// <summary>
/// The steps of a draft in /thongbao: its text or photo (within Telegram's limits), its audience, the preview, and
/// the confirmation for now or for a typed time. Every step is saved before it is shown, so a restart resumes it.
/// </summary>
internal sealed class BroadcastComposer(
    BroadcastStore broadcasts,
    Recipients recipients,
    BroadcastScreens screens,
    NoticeText notice,
    StaffChat chat,
    BroadcastApprovals approvals,
    BroadcastRunner runner,
    IEnumerable<IChannelReach> reaches,
    IEnumerable<INoticeWatcher> watchers,
    TimeProvider time)
{
    // Days offered for the reminder audience: about a month of same-day days.
    private const int DaysOffered = 6;

    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    /// <summary>The notice's words (and photo): checked against Telegram's limits, then "who gets it?".</summary>
    public async Task TakeTextAsync(StaffRequest request, Broadcast draft, string text, CancellationToken token)
    {
        ArgumentNullException.ThrowIfNull(request);
        var photo = request.PhotoId;
        text = text.Normalize(System.Text.NormalizationForm.FormC).Trim();
        if (text.Length == 0 && photo is null)
        {
            await chat.SayAsync(request.Chat, screens.Say("broadcast.ask-text"), token);
            return;
        }

        var max = notice.MaxLength(photo is not null);
        if (text.Length > max)
        {
            var key = photo is null ? "broadcast.text-too-long" : "broadcast.caption-too-long";
            await chat.SayAsync(request.Chat, $"{screens.Say(key)} {BroadcastScreens.Number(max)}", token);
            return;
        }

        draft.Text = text;
        draft.PhotoFileId = photo;
        draft.Stage = DraftStage.Audience;
        draft.AuthorChatId = request.Chat.Key;
        if (broadcasts.SaveDraft(draft))
        {
            await chat.SayAsync(request.Chat, screens.Say("broadcast.ask-audience"), screens.AudienceButtons(draft), token);
            foreach (var watcher in watchers)
            {
                await watcher.ReadAsync(request.Chat, text, token);
            }
        }
    }

    /// <summary>A button of the author's own draft; false when it makes no sense at this step (forged, or from an older message).</summary>
    public async Task<bool> PressAsync(StaffRequest request, Broadcast draft, BroadcastPress press, CancellationToken token)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(press);
        var chatId = request.Chat;
        switch (press.Verb)
        {
            case BroadcastPress.Everyone:
                draft.AudienceKind = AudienceKind.Everyone;
                await PreviewAsync(chatId, draft, token);
                return true;
            case BroadcastPress.Areas when screens.Areas.Count > 0:
                draft.AudienceKind = AudienceKind.Areas;
                draft.Stage = DraftStage.Areas;
                broadcasts.SaveDraft(draft);
                await chat.SayAsync(chatId, screens.Say("broadcast.ask-areas"), screens.AreaButtons(draft), token);
                return true;
            case BroadcastPress.Area when draft.Stage == DraftStage.Areas
                && int.TryParse(press.Argument, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < screens.Areas.Count:
                var area = screens.Areas[index];
                draft.Areas = draft.Areas.Contains(area, StringComparer.Ordinal) ? draft.Areas.Where(a => a != area).ToList() : [.. draft.Areas, area];
                broadcasts.SaveDraft(draft);
                await chat.EditButtonsAsync(chatId, request.PressedMessageId, screens.Say("broadcast.ask-areas"), screens.AreaButtons(draft), token);
                return true;
            case BroadcastPress.AreasDone when draft.Stage == DraftStage.Areas:
                await (draft.Areas.Count == 0
                    ? chat.SayAsync(chatId, screens.Say("broadcast.no-areas"), screens.AreaButtons(draft), token)
                    : PreviewAsync(chatId, draft, token));
                return true;
            case BroadcastPress.Procedures:
                draft.Stage = DraftStage.Procedure;
                broadcasts.SaveDraft(draft);
                await chat.SayAsync(chatId, screens.Say("broadcast.ask-procedure"), screens.ProcedureButtons(draft), token);
                return true;
            case BroadcastPress.Procedure when screens.HasProcedure(press.Argument):
                draft.AudienceKind = AudienceKind.Procedure;
                draft.ProcedureId = press.Argument;
                await PreviewAsync(chatId, draft, token);
                return true;
            case BroadcastPress.Days:
                await AskDayAsync(chatId, draft, token);
                return true;
            case BroadcastPress.Day when Recipients.TryDay(press.Argument, out _):
                draft.AudienceKind = AudienceKind.ReminderDay;
                draft.Day = press.Argument;
                await PreviewAsync(chatId, draft, token);
                return true;
            case BroadcastPress.SendNow when draft.Stage == DraftStage.Preview:
                await ConfirmAsync(chatId, draft, null, token);
                return true;
            case BroadcastPress.Schedule when draft.Stage == DraftStage.Preview:
                draft.Stage = DraftStage.Time;
                broadcasts.SaveDraft(draft);
                await chat.SayAsync(chatId, screens.Say("broadcast.ask-time"), token);
                return true;
            case BroadcastPress.Edit:
                draft.Stage = DraftStage.Text;
                broadcasts.SaveDraft(draft);
                await chat.SayAsync(chatId, screens.Say("broadcast.ask-text"), token);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Whether the text reads as a time to send at.</summary>
    public bool CanRead(string typed) => NoticeTime.TryParse(typed, screens.LocalNow(time.GetUtcNow()), out _);

    public async Task ScheduleAsync(ChatAddress chatId, Broadcast draft, string typed, CancellationToken token)
    {
        var now = time.GetUtcNow();
        if (!NoticeTime.TryParse(typed, screens.LocalNow(now), out var local))
        {
            await chat.SayAsync(chatId, screens.Say("broadcast.bad-time"), token);
            return;
        }

        var at = screens.ToUtc(local);
        if (at <= now.UtcDateTime)
        {
            await chat.SayAsync(chatId, screens.Say("broadcast.past-time"), token);
            return;
        }

        await ConfirmAsync(chatId, draft, at, token);
    }

    private async Task AskDayAsync(ChatAddress chatId, Broadcast draft, CancellationToken token)
    {
        var days = recipients.ReminderDays(DateOnly.FromDateTime(screens.LocalNow(time.GetUtcNow())), DaysOffered);
        if (days.Count == 0)
        {
            await chat.SayAsync(chatId, screens.Say("broadcast.no-reminders"), screens.AudienceButtons(draft), token);
            return;
        }

        draft.Stage = DraftStage.ReminderDay;
        broadcasts.SaveDraft(draft);
        await chat.SayAsync(chatId, screens.Say("broadcast.ask-day"), screens.DayButtons(draft, days), token);
    }

    /// <summary>The notice exactly as citizens will read it, then who gets it, how many, and how long it takes.</summary>
    private async Task PreviewAsync(ChatAddress chatId, Broadcast draft, CancellationToken token)
    {
        var count = recipients.Count(draft.Audience());
        if (count == 0)
        {
            draft.Stage = DraftStage.Audience;
            broadcasts.SaveDraft(draft);
            await chat.SayAsync(chatId, screens.Say("broadcast.nobody"), screens.AudienceButtons(draft), token);
            return;
        }

        draft.Stage = DraftStage.Preview;
        if (!broadcasts.SaveDraft(draft))
        {
            return;
        }

        await chat.ShowNoticeAsync(chatId, notice.For(draft.Text).Text, draft.PhotoFileId, token);
        await chat.SayAsync(chatId, screens.Summary(draft, count, runner.Estimate(count), Reach(draft)), screens.PreviewButtons(draft), token);
    }

    /// <summary>The recipients on channels with a window (Zalo), counted by whether the notice can reach them now.</summary>
    private Dictionary<ChannelReach, int> Reach(Broadcast draft)
    {
        var byChannel = reaches.ToDictionary(r => r.Channel, StringComparer.Ordinal);
        var counts = new Dictionary<ChannelReach, int>();
        if (byChannel.Count == 0)
        {
            return counts;
        }

        foreach (var key in recipients.Page(draft.Audience(), "", int.MaxValue))
        {
            var address = ChatAddress.Parse(key);
            if (byChannel.TryGetValue(address.Channel, out var reach))
            {
                // A billed chat where billed messages are off will not get the notice: counted as not reached.
                var verdict = reach.Reach(address) is ChannelReach.Billed && !reach.SendsBilled ? ChannelReach.None : reach.Reach(address);
                counts[verdict] = counts.GetValueOrDefault(verdict) + 1;
            }
        }

        return counts;
    }

    /// <summary>Confirmed by its author: waits for approval, or is scheduled (for now, or for <paramref name="at"/>).</summary>
    private async Task ConfirmAsync(ChatAddress chatId, Broadcast draft, DateTime? at, CancellationToken token)
    {
        var approval = approvals.Required;
        var confirmed = broadcasts.Move(draft.Id, [BroadcastStatus.Draft], b =>
        {
            b.Status = approval ? BroadcastStatus.AwaitingApproval : BroadcastStatus.Scheduled;
            b.SendAtUtc = at ?? (approval ? null : UtcNow);
        });
        if (confirmed is null)
        {
            await chat.SayAsync(chatId, screens.Say("broadcast.stale"), token);
            return;
        }

        if (approval)
        {
            await approvals.AskAsync(chatId, confirmed, token);
            return;
        }

        await approvals.TellScheduledAsync(chatId, confirmed, token);
    }
}
