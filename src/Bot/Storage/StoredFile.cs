namespace OneStop.Bot.Storage;

/// <summary>A file an outbox message carries (a chart, a spreadsheet, a QR code): a few hundred kilobytes at most.</summary>
internal sealed class StoredFile
{
    public string Name { get; set; } = "";

    public byte[] Bytes { get; set; } = [];

    public bool AsPhoto { get; set; }
}
