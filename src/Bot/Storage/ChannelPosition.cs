namespace OneStop.Bot.Storage;

/// <summary>
/// The last update of a channel whose effects are committed, by the channel's own sequence (Telegram's update_id,
/// which only grows). Updates are handled strictly in that order, so after a restart an update at or below it is a
/// repeat of one already answered (Telegram delivers the last unconfirmed batch again). One small record per
/// channel, written with each batch, instead of one per update. It holds no personal data.
/// </summary>
internal sealed class ChannelPosition
{
    /// <summary>The channel ("telegram").</summary>
    public string Id { get; set; } = "";

    public long Last { get; set; }
}
