namespace OneStop.Bench.Broadcast;

/// <summary>What one broadcast run measured.</summary>
internal sealed record BroadcastRun
{
    public required int Subscribers { get; init; }

    public required TimeSpan Duration { get; init; }

    /// <summary>Notices accepted by the server per second, in the steady part (10 % to 90 % of the deliveries, the restart left out).</summary>
    public required double SteadyPerSecond { get; init; }

    public required int RefusedInSteadyState { get; init; }

    public required int RefusedInAll { get; init; }

    public required long PeakResidentBytes { get; init; }

    public required int Lost { get; init; }

    public required int Repeated { get; init; }

    public int? DeliveredAtKill { get; init; }

    public IReadOnlyList<TimeSpan> ReplyTimes { get; init; } = [];

    public string Report { get; init; } = "";
}
