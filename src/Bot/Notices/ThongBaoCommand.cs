using Microsoft.Extensions.Logging;
using OneStop.Bot.Staff;
using OneStop.Domain.Text;

namespace OneStop.Bot.Notices;

/// <summary>
/// /thongbao: an official writes a notice (text, or a photo with a caption), chooses who gets it, sees a preview with
/// the number of recipients and the time it takes, and sends it now or at a set time, or cancels it until it starts.
/// With Broadcast:RequireApproval a second official (a leader) approves it first. "/thongbao ds" lists what waits to
/// go, "/thongbao huy" drops the draft. StaffDesk has checked that the sender is staff; this checks whose
/// broadcast a button belongs to, and refuses button data it did not make.
/// </summary>
internal sealed class ThongBaoCommand(
    BroadcastStore broadcasts,
    BroadcastComposer composer,
    BroadcastApprovals approvals,
    BroadcastScreens screens,
    StaffChat chat,
    ILogger<ThongBaoCommand> log) : IStaffCommand
{
    public string Name => "thongbao";

    public string? PayloadPrefix => BroadcastPress.Prefix;

    public bool Awaits(string memberKey) => broadcasts.IsAwaiting(memberKey);

    public Task HandleAsync(StaffRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Payload is not null)
        {
            return OnPressAsync(request, cancellationToken);
        }

        var typed = request.Text;
        return typed.TrimStart().StartsWith('/') ? OnCommandAsync(request, cancellationToken) : OnFollowUpAsync(request, cancellationToken);
    }

    private async Task OnCommandAsync(StaffRequest request, CancellationToken token)
    {
        var author = request.Member.Key;
        var argument = request.Argument.Trim();
        var folded = TextFolding.Fold(argument);
        switch (folded)
        {
            case "huy":
                if (broadcasts.DraftOf(author) is { } draft)
                {
                    broadcasts.Move(draft.Id, [BroadcastStatus.Draft], b => b.Status = BroadcastStatus.Cancelled);
                }

                await chat.SayAsync(request.Chat, screens.Say("broadcast.dropped"), token);
                return;
            case "ds":
                await approvals.ListPendingAsync(request.Chat, token);
                return;
        }

        // "/thongbao hẹn 18:00" once the preview is shown (a new notice that happens to start with "Hẹn" is not a time).
        var when = argument[(argument.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        if (folded.StartsWith("hen ", StringComparison.Ordinal) && composer.CanRead(when)
            && broadcasts.DraftOf(author) is { Stage: DraftStage.Preview or DraftStage.Time } ready)
        {
            await composer.ScheduleAsync(request.Chat, ready, when, token);
            return;
        }

        var created = broadcasts.Create(author, request.Chat, composer.UtcNow);
        if (argument.Length == 0 && request.PhotoId is null)
        {
            await chat.SayAsync(request.Chat, screens.Say("broadcast.ask-text"), token);
            return;
        }

        await composer.TakeTextAsync(request, created, argument, token);
    }

    /// <summary>The message a draft waits for: its text (or photo), or the time to send it.</summary>
    private async Task OnFollowUpAsync(StaffRequest request, CancellationToken token)
    {
        if (broadcasts.DraftOf(request.Member.Key) is not { } draft)
        {
            return;
        }

        if (draft.Stage == DraftStage.Time)
        {
            await composer.ScheduleAsync(request.Chat, draft, request.Argument, token);
            return;
        }

        await composer.TakeTextAsync(request, draft, request.Text.Length > 0 ? request.Text : request.Argument, token);
    }

    private async Task OnPressAsync(StaffRequest request, CancellationToken token)
    {
        var press = BroadcastPress.Parse(request.Payload);
        var broadcast = press is null ? null : broadcasts.Find(press.BroadcastId);
        if (press is null || broadcast is null)
        {
            log.LogWarning("Refused /thongbao button data '{Payload}' from staff member {User}: forged or stale", request.Payload, request.Member.Key);
            await chat.SayAsync(request.Chat, screens.Say("broadcast.stale"), token);
            return;
        }

        switch (press.Verb)
        {
            case BroadcastPress.Approve or BroadcastPress.Reject:
                await approvals.DecideAsync(request, broadcast, press.Verb == BroadcastPress.Approve, token);
                return;
            case BroadcastPress.Cancel:
                await approvals.CancelAsync(request, broadcast, token);
                return;
        }

        if (broadcast.AuthorId != request.Member.Key)
        {
            log.LogWarning("Staff member {User} pressed a button of broadcast {Id}, written by {Author}", request.Member.Key, broadcast.Id, broadcast.AuthorId);
            await chat.SayAsync(request.Chat, screens.Say("broadcast.not-yours"), token);
            return;
        }

        if (broadcast.Status != BroadcastStatus.Draft || !await composer.PressAsync(request, broadcast, press, token))
        {
            log.LogWarning("Refused /thongbao button data '{Payload}' for broadcast {Id} ({Status}, {Stage})", request.Payload, broadcast.Id, broadcast.Status, broadcast.Stage);
            await chat.SayAsync(request.Chat, screens.Say("broadcast.stale"), token);
        }
    }
}
