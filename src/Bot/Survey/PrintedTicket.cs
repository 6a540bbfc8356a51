namespace OneStop.Bot.Survey;

/// <summary>One ticket as it is printed: its QR code, the lines under it, and the link written out in full.</summary>
internal sealed record PrintedTicket(byte[] QrPng, IReadOnlyList<string> Lines, Uri Link);
