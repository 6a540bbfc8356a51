namespace OneStop.Bot.Delivery;

/// <summary>A file made by the bot, sent as a photo (a chart, a QR code) or as a document (a spreadsheet).</summary>
public sealed record OutgoingFile(string Name, byte[] Bytes, bool AsPhoto);
