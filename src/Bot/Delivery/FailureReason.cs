namespace OneStop.Bot.Delivery;

/// <summary>One reason broadcast messages failed ("Bad Request: chat not found") and how many times.</summary>
internal sealed class FailureReason
{
    public string Reason { get; set; } = "";

    public int Count { get; set; }
}
