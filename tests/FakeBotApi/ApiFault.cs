namespace OneStop.FakeBotApi;

/// <summary>An error answer: the status, Telegram's parameters.retry_after, and the description (null = the usual one).</summary>
internal sealed record ApiFault(int StatusCode, int? RetryAfterSeconds = null, string? Description = null)
{
    /// <summary>Abort the connection instead of answering.</summary>
    public bool Drop { get; init; }
}
