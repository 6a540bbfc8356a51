using System.Globalization;

namespace OneStop.Bench.Soak;

/// <summary>Prints the soak run's figures: what went in and out, what was lost or repeated and why, reply times, memory, the file.</summary>
internal static class SoakReport
{
    /// <summary>Messages the bot may have on the wire when killed: reply lanes at once, and broadcast sends in flight (the defaults).</summary>
    private const int OnTheWirePerKill = 64 + 16;

    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(2);

    public static void Write(TextWriter output, SoakRun run)
    {
        var c = CultureInfo.InvariantCulture;
        var tally = run.Tally;
        var acrossKills = tally.Repeats.Where(r => r.Kill is not null).ToList();
        var afterLostAnswers = tally.Repeats.Count - acrossKills.Count;
        var bound = run.Injected.LostAnswers + (run.Kills.Count * OnTheWirePerKill);
        var outsideKills = tally.ReplyTimes.Where(r => !run.Kills.Any(k => k.Covers(r.Queued, Margin))).Select(r => r.Took).ToList();
        var outsideAll = tally.ReplyTimes.Where(r => !run.Kills.Concat(run.Storms).Any(w => w.Covers(r.Queued, Margin))).Select(r => r.Took).ToList();
        var restarts = run.Kills.Select(k => (k.To - k.From).TotalSeconds).ToList();

        output.WriteLine(string.Create(c, $"OneStop soak: {run.Options.Minutes} min on {Environment.ProcessorCount} cores, .NET {Environment.Version}"));
        output.WriteLine(string.Create(c, $"  messages in          {run.MessagesIn:N0} from {run.Options.Chats:N0} chats"));
        output.WriteLine(string.Create(c, $"  replies out          {tally.RepliesOut:N0} (repeats included)"));
        output.WriteLine(string.Create(c, $"  lost                 {tally.Lost}"));
        output.WriteLine(string.Create(c, $"  repeated             {tally.Repeats.Count} (across a kill {acrossKills.Count}, after a lost answer {afterLostAnswers}); bound: lost answers {run.Injected.LostAnswers} + {run.Kills.Count} kills × {OnTheWirePerKill} on the wire = {bound}"));
        if (acrossKills.Count > 0)
        {
            output.WriteLine(string.Create(c, $"                       first copy of a repeat across a kill: {Ms(acrossKills.Min(r => r.Kill!.From - r.First))}–{Ms(acrossKills.Max(r => r.Kill!.From - r.First))} before the kill"));
        }

        if (tally.Unexplained > 0)
        {
            output.WriteLine(string.Create(c, $"  unexplained          {tally.Unexplained} messages beyond the script's replies"));
        }

        output.WriteLine(string.Create(c, $"  notice               {run.Options.Subscribers:N0} subscribers: lost {run.NoticesLost}, repeated {run.NoticesRepeated}"));
        output.WriteLine(string.Create(c, $"  reply time           outside kill windows: p50 {Ms(outsideKills, 50)}, p99 {Ms(outsideKills, 99)} ({outsideKills.Count:N0} replies); outside kills and storms: p99 {Ms(outsideAll, 99)}; all: max {Ms(tally.ReplyTimes.Select(r => r.Took).ToList(), 100)}"));
        output.WriteLine(string.Create(c, $"  kills                {run.Kills.Count}, back polling {(restarts.Count == 0 ? "-" : $"{restarts.Min():0.0}–{restarts.Max():0.0} s")} after each"));
        output.WriteLine(string.Create(c, $"  faults injected      429 {run.Injected.FloodRefusals} (in {run.Storms.Count} storms of {run.Options.StormLength.TotalSeconds:0} s), 5xx {run.Injected.ServerErrors}, dropped {run.Injected.DroppedConnections}, lost answers {run.Injected.LostAnswers}, slow {run.Injected.SlowAnswers}"));
        output.WriteLine(string.Create(c, $"  RSS                  start {Mb(run.ResidentAtStart)}, each process at its end {string.Join(" / ", run.ResidentAtEnd.Select(Mb))}, peak {Mb(run.PeakResident)}"));
        output.WriteLine(string.Create(c, $"  LiteDB file          {Mb(run.DatabaseBytes)}"));
        output.WriteLine(string.Create(c, $"  settling             {run.Settling.TotalSeconds:0} s after the evening until every reply and the notice's report were in"));
    }

    private static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024:0} MB");

    private static string Ms(TimeSpan t) => string.Create(CultureInfo.InvariantCulture, $"{t.TotalMilliseconds:0} ms");

    private static string Ms(List<TimeSpan> times, int percentile)
    {
        if (times.Count == 0)
        {
            return "-";
        }

        times.Sort();
        return Ms(times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * percentile / 100.0) - 1)]);
    }
}
