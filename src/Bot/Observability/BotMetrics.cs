using System.Diagnostics.Metrics;
using OneStop.Bot.Storage;

namespace OneStop.Bot.Observability;

/// <summary>
/// The bot's own instruments, on one meter named "OneStop". Names follow OpenTelemetry's conventions (dotted
/// lowercase, the unit apart); the Prometheus exporter turns "onestop.messages.received" into
/// "onestop_messages_received_total". The meter comes from the host's <see cref="IMeterFactory"/>, so two hosts in
/// one process (the tests) never count into each other. Labels are a channel, a kind or a reason, never a chat.
/// </summary>
internal sealed class BotMetrics
{
    public const string MeterName = "OneStop";

    // Seconds a citizen waits for an answer: most come within a second; past 30 s something is wrong.
    private static readonly double[] ReplyBuckets = [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300];

    private readonly Counter<long> _received;
    private readonly Counter<long> _sent;
    private readonly Histogram<double> _replyDuration;
    private readonly Counter<long> _sendsFailed;
    private readonly Counter<long> _webhookRejected;

    public BotMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        Meter = meters.Create(MeterName);
        _received = Meter.CreateCounter<long>("onestop.messages.received", "{message}", "Messages from people handled by the conversation, by channel and kind.");
        _sent = Meter.CreateCounter<long>("onestop.messages.sent", "{message}", "Messages the channel accepted, by channel and outbox kind (reply, reminder, broadcast).");
        _replyDuration = Meter.CreateHistogram(
            "onestop.reply.duration",
            "s",
            "From the moment the bot took up a citizen's message to the channel accepting the reply.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = ReplyBuckets });
        _sendsFailed = Meter.CreateCounter<long>("onestop.sends.failed", "{send}", "Sends the channel did not accept, by error.type: 429, 403, 5xx, window, other.");
        _webhookRejected = Meter.CreateCounter<long>("onestop.webhook.rejected", "{delivery}", "Webhook deliveries refused, by channel and reason (signature, malformed).");
    }

    /// <summary>For the observable gauges, which read the database when scraped.</summary>
    public Meter Meter { get; }

    public void Received(string channel, string kind) =>
        _received.Add(1, new KeyValuePair<string, object?>("channel", channel), new KeyValuePair<string, object?>("kind", kind));

    /// <summary>A message left the outbox; a reply also tells how long its citizen waited.</summary>
    public void Delivered(OutboxMessage message, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(message);
        var channel = new KeyValuePair<string, object?>("channel", message.Chat.Channel);
        _sent.Add(1, channel, new KeyValuePair<string, object?>("kind", KindName(message.Kind)));
        if (message.Kind == OutboxKind.Reply && message.CreatedUtc != default)
        {
            var waited = now.UtcDateTime - DateTime.SpecifyKind(message.CreatedUtc, DateTimeKind.Utc);
            _replyDuration.Record(Math.Max(0, waited.TotalSeconds), channel);
        }
    }

    public void SendFailed(string channel, string errorType) =>
        _sendsFailed.Add(1, new KeyValuePair<string, object?>("channel", channel), new KeyValuePair<string, object?>("error.type", errorType));

    public void WebhookRejected(string channel, string reason) =>
        _webhookRejected.Add(1, new KeyValuePair<string, object?>("channel", channel), new KeyValuePair<string, object?>("reason", reason));

    private static string KindName(OutboxKind kind) => kind switch
    {
        OutboxKind.Reply => "reply",
        OutboxKind.Reminder => "reminder",
        OutboxKind.Broadcast => "broadcast",
        _ => "other",
    };
}
