namespace OneStop.Bench.Conversation;

/// <summary>The figures of one phase of the benchmark.</summary>
internal sealed record PhaseResult(
    string Name,
    int Messages,
    int Chats,
    int Replies,
    TimeSpan Elapsed,
    IReadOnlyList<TimeSpan> Latencies,
    long PeakWorkingSetBytes)
{
    public double RepliesPerSecond => Replies / Elapsed.TotalSeconds;

    public double MessagesPerSecond => Messages / Elapsed.TotalSeconds;

    public TimeSpan Percentile(double p)
    {
        if (Latencies.Count == 0)
        {
            return TimeSpan.Zero;
        }

        var sorted = Latencies.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }
}
