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

    /// <summary>True when a reply, in this chat, to this message of the bot's is for this tool (an answer to a question).</summary>
    bool ClaimsReply(long chatId, long replyToMessageId, string replyToText) => false;

    Task HandleAsync(StaffRequest request, CancellationToken cancellationToken);
}
