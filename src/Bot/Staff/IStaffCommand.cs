namespace OneStop.Bot.Staff;

/// <summary>
/// A staff tool (/baocao, /thongbao, /phieukhaosat), reached from any channel an official is listed for. Staff tools
/// live at the edge, not in the domain: they read storage, draw charts and send files, all through the outbox.
/// </summary>
internal interface IStaffCommand
{
    /// <summary>The slash command without '/', e.g. "baocao".</summary>
    string Name { get; }

    /// <summary>Prefix of this tool's button payloads (e.g. "sb" for "sb:confirm:12"), or null.</summary>
    string? PayloadPrefix { get; }

    /// <summary>True while this tool waits for a follow-up message from this official (<see cref="StaffMember.Key"/>): the text of a notice.</summary>
    bool Awaits(string memberKey);

    Task HandleAsync(StaffRequest request, CancellationToken cancellationToken);
}
