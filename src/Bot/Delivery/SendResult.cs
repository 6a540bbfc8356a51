namespace OneStop.Bot.Delivery;

/// <summary>How a send went, as a value: every expected failure is an outcome the dispatcher handles, not an exception.</summary>
public sealed record SendResult(SendOutcome Outcome, TimeSpan RetryAfter = default, string Reason = "")
{
    public static readonly SendResult Sent = new(SendOutcome.Sent);
}
