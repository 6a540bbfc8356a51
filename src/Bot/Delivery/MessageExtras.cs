namespace OneStop.Bot.Delivery;

/// <summary>
/// What a message to an official adds to a reply: a photo (by the channel's file id), a file of our own (a chart, a
/// spreadsheet, a QR code), or an edit of a message already sent (the ticks of a choice, a progress line).
/// A channel that cannot do one of these sends the text as a reply.
/// </summary>
public sealed record MessageExtras(string? PhotoFileId = null, OutgoingFile? File = null, string? EditMessageId = null, bool ButtonsOnly = false);
