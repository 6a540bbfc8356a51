namespace OneStop.Bot.Storage;

/// <summary>
/// An event a webhook delivered (a Zalo event, a Telegram update), stored as it came before the channel got its 200,
/// then handled from here in order. Id: the channel's de-duplication key ("zalo:&lt;msg_id&gt;"), so a redelivery
/// finds it and is dropped. Once handled, the raw body is cleared and the record kept as long as a redelivery can come.
/// </summary>
internal sealed class InboundEvent
{
    public const string Collection = "inbound_events";

    public string Id { get; set; } = "";

    /// <summary>Arrival order, kept when events are handled.</summary>
    public long Seq { get; set; }

    public string Channel { get; set; } = "";

    public string Raw { get; set; } = "";

    public DateTime ReceivedUtc { get; set; }

    public bool Handled { get; set; }
}
