using OneStop.Domain.Conversation;

namespace OneStop.Bot.Storage;

/// <summary>
/// A message waiting to be sent. It is committed together with the state that produced it and deleted
/// once the channel accepted it, so a crash costs at most a late or (for the messages in flight) a repeated
/// message, never a lost one.
/// </summary>
internal sealed class OutboxMessage
{
    /// <summary>Auto-increment: the order messages were committed in, kept within a chat.</summary>
    public long Id { get; set; }

    public string ChatKey { get; set; } = "";

    public OutboxKind Kind { get; set; }

    public string Text { get; set; } = "";

    public List<List<StoredButton>> Buttons { get; set; } = [];

    public DateTime CreatedUtc { get; set; }

    public int Attempts { get; set; }

    /// <summary>The broadcast this message belongs to (<see cref="OutboxKind.Broadcast"/>), for its progress and report.</summary>
    public long? BroadcastId { get; set; }

    /// <summary>A photo sent with the text as its caption: Telegram's file_id of the official's upload, sent again by id.</summary>
    public string? PhotoFileId { get; set; }

    /// <summary>A file made by the bot (staff tools: a chart, a spreadsheet, a QR code).</summary>
    public StoredFile? File { get; set; }

    /// <summary>Edits this message of the channel instead of sending a new one (the ticks of a choice).</summary>
    public string? EditMessageId { get; set; }

    /// <summary>With <see cref="EditMessageId"/>: only the buttons change.</summary>
    public bool ButtonsOnly { get; set; }

    /// <summary>A message kept up to date in place: the first of a slot is sent, the later ones edit it (see <see cref="MessageSlot"/>).</summary>
    public string? Slot { get; set; }

    /// <summary>True when the channel must do more than send text with buttons.</summary>
    public bool HasExtras => PhotoFileId is not null || File is not null || EditMessageId is not null || Slot is not null;
    /// <summary>Set when a feature needs the channel's id of this message once sent (see <see cref="Delivery.IDeliveryReceipt"/>).</summary>
    public string? Receipt { get; set; }

    public static OutboxMessage From(ChatAddress chat, Reply reply, OutboxKind kind, DateTime createdUtc) => new()
    {
        ChatKey = chat.Key,
        Kind = kind,
        Text = reply.Text,
        Buttons = reply.Buttons
            .Select(row => row.Select(b => new StoredButton { Label = b.Label, Payload = b.Payload, Url = b.Url?.ToString() }).ToList())
            .ToList(),
        CreatedUtc = createdUtc,
    };

    public ChatAddress Chat => ChatAddress.Parse(ChatKey);

    public Delivery.MessageExtras Extras(string? editMessageId) => new(
        PhotoFileId,
        File is null ? null : new Delivery.OutgoingFile(File.Name, File.Bytes, File.AsPhoto),
        EditMessageId ?? editMessageId,
        ButtonsOnly);

    public Reply ToReply() => new(
        Text,
        Buttons.Select(row => (IReadOnlyList<ReplyButton>)row
            .Select(b => new ReplyButton(b.Label, b.Payload, b.Url is null ? null : new Uri(b.Url)))
            .ToList()).ToList());
}
