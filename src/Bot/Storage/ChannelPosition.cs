namespace OneStop.Bot.Storage;

/// <summary>
/// The last update of a channel whose effects are committed, by the channel's own sequence (Telegram's update_id),
/// and when. Updates are handled strictly in order, so after a restart an update at or below it is a repeat of one
/// already answered (Telegram delivers the last unconfirmed batch again). One small record per channel, written
/// with each batch, instead of one per update. It holds no personal data.
/// </summary>
internal sealed class ChannelPosition
{
    /// <summary>
    /// How long a position tells repeats apart. Telegram keeps an unconfirmed update for at most 24 hours, so
    /// nothing handled longer ago can come again; and after a week without updates it numbers the next one at
    /// random, possibly below the position, which must then not be taken for a repeat. An hour of margin.
    /// </summary>
    public static readonly TimeSpan RepeatWindow = TimeSpan.FromHours(25);

    /// <summary>The channel ("telegram").</summary>
    public string Id { get; set; } = "";

    public long Last { get; set; }

    public DateTime AtUtc { get; set; }

    /// <summary>True when <paramref name="sequence"/> was handled already, as far as this position can tell at <paramref name="nowUtc"/>.</summary>
    public bool Covers(long sequence, DateTime nowUtc) => sequence <= Last && nowUtc - AtUtc < RepeatWindow;
}
