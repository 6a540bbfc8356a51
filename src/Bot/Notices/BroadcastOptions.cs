namespace OneStop.Bot.Notices;

internal sealed record BroadcastOptions
{
    public const string Section = "Broadcast";

    /// <summary>A notice goes out only after a second official with the leader role approves it.</summary>
    public bool RequireApproval { get; init; }

    /// <summary>How often the progress message is edited: often enough to watch, rare enough not to spend the rate limit.</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromSeconds(3);
}
