using System.Globalization;

namespace OneStop.Bench.Broadcast;

/// <summary>The figures, as plain lines for the README and the issue.</summary>
internal static class BroadcastReport
{
    public static void Write(TextWriter output, BroadcastBenchOptions options, BroadcastRun main, IReadOnlyList<BroadcastRun> scaling)
    {
        var invariant = CultureInfo.InvariantCulture;
        output.WriteLine();
        output.WriteLine($"== Broadcast to {main.Subscribers:N0} subscribers, server limit {options.ServerLimit}/s ==");
        output.WriteLine(string.Create(invariant, $"sustained throughput   {main.SteadyPerSecond:0.0} notices/s (steady state: 10 % to 90 % of deliveries{(main.DeliveredAtKill is null ? "" : ", restart left out")})"));
        output.WriteLine($"429 in steady state    {main.RefusedInSteadyState} (whole run: {main.RefusedInAll})");
        output.WriteLine(string.Create(invariant, $"whole run              {main.Duration.TotalSeconds:0} s, the official's /thongbao to the final report"));
        output.WriteLine(string.Create(invariant, $"peak RSS               {main.PeakResidentBytes / 1048576.0:0.0} MiB"));
        if (main.ReplyTimes.Count > 0)
        {
            var times = main.ReplyTimes.Order().ToList();
            output.WriteLine(string.Create(invariant,
                $"citizen chatting       {times.Count} questions, reply p50 {Percentile(times, 0.50):0} ms, p99 {Percentile(times, 0.99):0} ms, max {times[^1].TotalMilliseconds:0} ms"));
        }

        if (main.DeliveredAtKill is { } atKill)
        {
            output.WriteLine($"kill -9 at half way    after {atKill:N0} deliveries: lost {main.Lost}, repeated {main.Repeated} (bound: the messages on the wire at the kill, at most Delivery:MaxBroadcastInFlight = 16)");
        }
        else
        {
            output.WriteLine($"delivery               lost {main.Lost}, repeated {main.Repeated}");
        }

        output.WriteLine("the bot's report:      " + main.Report.Replace("\n", " | ", StringComparison.Ordinal));
        if (scaling.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("== Peak RSS as the audience grows (paid broadcast, no server limit) ==");
        output.WriteLine("subscribers   peak RSS    notices/s   lost  repeated");
        foreach (var run in scaling)
        {
            output.WriteLine(string.Create(invariant,
                $"{run.Subscribers,11:N0}   {run.PeakResidentBytes / 1048576.0,6:0.0} MiB  {run.SteadyPerSecond,9:0}   {run.Lost,4}  {run.Repeated,8}"));
        }
    }

    private static double Percentile(List<TimeSpan> sorted, double p) =>
        sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)].TotalMilliseconds;
}
