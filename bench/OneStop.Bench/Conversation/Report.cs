using System.Globalization;

namespace OneStop.Bench.Conversation;

/// <summary>Prints the figures as a table, then each target of issue 2 with whether it was met.</summary>
internal static class Report
{
    private const double BurstTarget = 5_000;
    private static readonly TimeSpan SteadyP99Target = TimeSpan.FromMilliseconds(50);
    private const long RssTarget = 150L * 1024 * 1024;

    public static void Write(TextWriter output, IReadOnlyList<PhaseResult> phases, BenchOptions options, string where)
    {
        ArgumentNullException.ThrowIfNull(output);
        var culture = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(culture, $"OneStop conversation benchmark: {Environment.ProcessorCount} cores, .NET {Environment.Version}; the bot runs {where}"));
        output.WriteLine(string.Create(culture, $"{"phase",-8} {"messages",9} {"chats",6} {"replies",8} {"time",8} {"msg/s",7} {"replies/s",10} {"p50",8} {"p99",8} {"max",8} {"peak RSS",9}"));
        foreach (var p in phases)
        {
            output.WriteLine(string.Create(culture,
                $"{p.Name,-8} {p.Messages,9} {p.Chats,6} {p.Replies,8} {Seconds(p.Elapsed),8} {p.MessagesPerSecond,7:0} {p.RepliesPerSecond,10:0} {Ms(p.Percentile(50)),8} {Ms(p.Percentile(99)),8} {Ms(p.Percentile(100)),8} {p.PeakWorkingSetBytes / 1024.0 / 1024,6:0} MB"));
        }

        var burst = phases.Single(p => p.Name == "burst");
        var steady = phases.Single(p => p.Name == "steady");
        var peak = phases.Max(p => p.PeakWorkingSetBytes);
        output.WriteLine();
        Target(output, $"burst of {options.BurstMessages:N0} from {options.BurstChats:N0} chats ≥ {BurstTarget:N0} replies/s", $"{burst.RepliesPerSecond:N0}/s", burst.RepliesPerSecond >= BurstTarget);
        Target(output, $"steady {options.SteadyRate} msg/s p99 < {SteadyP99Target.TotalMilliseconds:0} ms", Ms(steady.Percentile(99)), steady.Percentile(99) < SteadyP99Target);
        Target(output, $"peak RSS < {RssTarget / 1024 / 1024} MB", $"{peak / 1024.0 / 1024:0} MB", peak < RssTarget);
    }

    private static void Target(TextWriter output, string what, string measured, bool met) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {(met ? "met   " : "MISSED")}  {what}: {measured}"));

    private static string Ms(TimeSpan t) => string.Create(CultureInfo.InvariantCulture, $"{t.TotalMilliseconds:0.0} ms");

    private static string Seconds(TimeSpan t) => string.Create(CultureInfo.InvariantCulture, $"{t.TotalSeconds:0.00} s");
}
