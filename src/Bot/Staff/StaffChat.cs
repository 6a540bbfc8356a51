using OneStop.Bot.Delivery;
using OneStop.Bot.Storage;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Staff;

/// <summary>
/// Messages to officials, through the outbox like every other message: committed, then sent by the dispatcher in
/// order within the chat, waiting out the channel's flood control (Telegram allows about one message a second in a
/// chat) and retrying server errors. A staff tool never waits for a send, so no send failure reaches the loop that
/// handles updates. Each message counts in the broadcast pace there, like a reply.
/// </summary>
internal sealed class StaffChat(OutboxStore outbox, OutboxDispatcher dispatcher, TimeProvider time)
{
    public Task SayAsync(ChatAddress to, string text, CancellationToken token) => SayAsync(to, text, [], token);

    public Task SayAsync(ChatAddress to, string text, IReadOnlyList<IReadOnlyList<ReplyButton>> buttons, CancellationToken token) =>
        Send(to, new Reply(text, buttons), _ => { });

    /// <summary>A notice as citizens will see it: a photo with its caption, or the text.</summary>
    public Task ShowNoticeAsync(ChatAddress to, string text, string? photoFileId, CancellationToken token, IReadOnlyList<IReadOnlyList<ReplyButton>>? buttons = null) =>
        Send(to, new Reply(text, buttons ?? []), m => m.PhotoFileId = photoFileId);

    /// <summary>Replaces the buttons of the message that was pressed (the ticks of chosen areas), or sends them anew.</summary>
    /// <remarks><paramref name="text"/> goes with the buttons where the channel cannot edit a message (Zalo).</remarks>
    public Task EditButtonsAsync(ChatAddress to, string? pressedMessageId, string text, IReadOnlyList<IReadOnlyList<ReplyButton>> buttons, CancellationToken token) =>
        pressedMessageId is { } pressed
            ? Send(to, new Reply(text, buttons), m => (m.EditMessageId, m.ButtonsOnly) = (pressed, true))
            : SayAsync(to, text, buttons, token);

    /// <summary>A message kept up to date in place (a broadcast's progress): the first of <paramref name="slot"/> is sent, the later ones edit it.</summary>
    public Task ShowProgressAsync(ChatAddress to, string slot, string text) => Send(to, new Reply(text), m => m.Slot = slot);

    /// <summary>A file made by the bot: a photo (a chart, a QR code) or a document (a spreadsheet), with its caption.</summary>
    public Task SendFileAsync(ChatAddress to, string name, byte[] bytes, bool asPhoto, string caption) =>
        Send(to, new Reply(caption), m => m.File = new StoredFile { Name = name, Bytes = bytes, AsPhoto = asPhoto });

    private Task Send(ChatAddress to, Reply reply, Action<OutboxMessage> extras)
    {
        var message = OutboxMessage.From(to, reply, OutboxKind.Reply, time.GetUtcNow().UtcDateTime);
        extras(message);
        // Queued for sending once committed: inside a staff tool's transaction, that is when the tool has ended.
        outbox.Add([message], dispatcher.Enqueue);
        return Task.CompletedTask;
    }
}
