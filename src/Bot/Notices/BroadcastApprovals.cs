using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OneStop.Bot.Staff;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Notices;

/// <summary>
/// What happens to a confirmed broadcast before it starts: a leader other than its author approves or rejects it
/// (when Broadcast:RequireApproval is on), its author or a leader cancels it, and "/thongbao ds" lists what waits.
/// </summary>
internal sealed class BroadcastApprovals(
    BroadcastStore broadcasts,
    BroadcastScreens screens,
    NoticeText notice,
    StaffChat chat,
    StaffDirectory directory,
    IOptionsMonitor<StaffOptions> staff,
    IOptionsMonitor<BroadcastOptions> options,
    BroadcastRunner runner,
    TimeProvider time,
    ILogger<BroadcastApprovals> log)
{
    public bool Required => options.CurrentValue.RequireApproval;

    /// <summary>Tells the author it waits, and asks the staff group if there is one, else every leader but the author.</summary>
    public async Task AskAsync(ChatAddress authorChatId, Broadcast broadcast, CancellationToken token)
    {
        ArgumentNullException.ThrowIfNull(broadcast);
        await chat.SayAsync(authorChatId, screens.Say("broadcast.awaiting-approval"), screens.CancelButton(broadcast), token);
        var text = $"{screens.Title("broadcast.approve-request", broadcast)}\n{screens.AudienceLine(broadcast)}\n\n{notice.For(broadcast.Text).Text}";
        List<ChatAddress> approvers = directory.Group is { } group
            ? [group]
            : staff.CurrentValue.Members.Where(m => m.Role == StaffRoles.Leader && m.Key != broadcast.AuthorId).Select(StaffDirectory.ChatOf).ToList();
        if (approvers.Count == 0)
        {
            log.LogWarning("Broadcast {Id} needs approval but no staff group and no other leader is configured", broadcast.Id);
            await chat.SayAsync(authorChatId, screens.Say("broadcast.no-approver"), token);
            return;
        }

        foreach (var approver in approvers)
        {
            await chat.ShowNoticeAsync(approver, text, broadcast.PhotoFileId, token, screens.ApprovalButtons(broadcast));
        }
    }

    /// <summary>"It starts now" (and the runner is woken), or "it is scheduled for …" with a cancel button.</summary>
    public async Task TellScheduledAsync(ChatAddress chatId, Broadcast broadcast, CancellationToken token)
    {
        ArgumentNullException.ThrowIfNull(broadcast);
        if (broadcast.SendAtUtc is { } at && at > time.GetUtcNow().UtcDateTime)
        {
            await chat.SayAsync(chatId, $"{screens.Title("broadcast.scheduled", broadcast)}: {screens.When(at)}", screens.CancelButton(broadcast), token);
            return;
        }

        await chat.SayAsync(chatId, screens.Title("broadcast.starting", broadcast), token);
        // Once the confirmation is committed: the runner reads it from the file.
        broadcasts.Database.AfterCommit(runner.Wake);
    }

    public async Task DecideAsync(StaffRequest request, Broadcast broadcast, bool approve, CancellationToken token)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(broadcast);
        var member = request.Member;
        if (member.Role != StaffRoles.Leader || member.Key == broadcast.AuthorId)
        {
            log.LogWarning("Staff member {User} ({Role}) may not approve broadcast {Id}", member.Key, member.Role, broadcast.Id);
            await chat.SayAsync(request.Chat, screens.Say("broadcast.not-approver"), token);
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var decided = broadcasts.Move(broadcast.Id, [BroadcastStatus.AwaitingApproval], b =>
        {
            b.Status = approve ? BroadcastStatus.Scheduled : BroadcastStatus.Cancelled;
            b.ApprovedBy = approve ? member.Key : null;
            b.SendAtUtc ??= now;
        });
        if (decided is null)
        {
            await chat.SayAsync(request.Chat, screens.Title("broadcast.too-late", broadcast), token);
            return;
        }

        log.LogInformation("Broadcast {Id} {Decision} by {User}", decided.Id, approve ? "approved" : "rejected", member.Key);
        var said = screens.Title(approve ? "broadcast.approved" : "broadcast.rejected", decided);
        await chat.SayAsync(request.Chat, said, token);
        if (decided.AuthorChatId != request.Chat.Key)
        {
            await chat.SayAsync(decided.AuthorChat(), said, token);
        }

        if (approve)
        {
            await TellScheduledAsync(decided.AuthorChat(), decided, token);
        }
    }

    /// <summary>Until it starts, its author or a leader may cancel it; then nobody gets it.</summary>
    public async Task CancelAsync(StaffRequest request, Broadcast broadcast, CancellationToken token)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(broadcast);
        if (broadcast.AuthorId != request.Member.Key && request.Member.Role != StaffRoles.Leader)
        {
            log.LogWarning("Staff member {User} may not cancel broadcast {Id}", request.Member.Key, broadcast.Id);
            await chat.SayAsync(request.Chat, screens.Say("broadcast.not-yours"), token);
            return;
        }

        var cancelled = broadcasts.Move(broadcast.Id, [BroadcastStatus.Draft, BroadcastStatus.AwaitingApproval, BroadcastStatus.Scheduled],
            b => b.Status = BroadcastStatus.Cancelled);
        await chat.SayAsync(request.Chat, screens.Title(cancelled is null ? "broadcast.too-late" : "broadcast.cancelled", broadcast), token);
    }

    public async Task ListPendingAsync(ChatAddress chatId, CancellationToken token)
    {
        var pending = broadcasts.WithStatus(BroadcastStatus.Scheduled).Concat(broadcasts.WithStatus(BroadcastStatus.AwaitingApproval))
            .OrderBy(b => b.Id)
            .ToList();
        if (pending.Count == 0)
        {
            await chat.SayAsync(chatId, screens.Say("broadcast.nothing-pending"), token);
            return;
        }

        await chat.SayAsync(chatId, screens.Say("broadcast.pending"), token);
        foreach (var broadcast in pending)
        {
            var when = broadcast.SendAtUtc is { } at ? screens.When(at) : screens.Say("broadcast.awaiting-approval");
            await chat.SayAsync(chatId, $"#{broadcast.Id} · {when}\n{screens.AudienceLine(broadcast)}\n\n{broadcast.Text}", screens.CancelButton(broadcast), token);
        }
    }
}
