using System.Diagnostics;

namespace OneStop.Bench.Conversation;

/// <summary>
/// Wall-clock time that only moves forward at the Stopwatch's resolution: the fake server stamps each
/// message it receives with it, and the benchmark stamps each update it queues, so the two compare exactly.
/// </summary>
internal sealed class MonotonicClock : TimeProvider
{
    private readonly DateTimeOffset _start = System.GetUtcNow();
    private readonly long _origin = Stopwatch.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => _start + Stopwatch.GetElapsedTime(_origin);
}
