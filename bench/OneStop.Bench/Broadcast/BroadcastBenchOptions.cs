using System.Globalization;

namespace OneStop.Bench.Broadcast;

/// <summary>
/// The sizes of the broadcast run: the figures by default (10,000 subscribers, 30 a second, kill -9 at half
/// way, then peak RSS for growing audiences at paid-broadcast speed). Smaller with e.g. `--subscribers 1000 --scaling 1000,5000`.
/// </summary>
internal sealed record BroadcastBenchOptions
{
    public int Subscribers { get; init; } = 10_000;

    /// <summary>The fake server's flood limit (Telegram's bulk limit): sends above it in one second get 429.</summary>
    public int ServerLimit { get; init; } = 30;

    public bool KillHalfWay { get; init; } = true;

    /// <summary>Audiences sent at paid-broadcast speed (no server limit) to see whether peak memory grows with them.</summary>
    public IReadOnlyList<int> Scaling { get; init; } = [1_000, 10_000, 50_000];

    /// <summary>How long the chatting citizen reads an answer before asking the next question.</summary>
    public TimeSpan ChatEvery { get; init; } = TimeSpan.FromSeconds(1);

    public static BroadcastBenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BroadcastBenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--subscribers" => options with { Subscribers = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--server-limit" => options with { ServerLimit = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--no-kill" => options with { KillHalfWay = false },
                "--scaling" => options with { Scaling = Next().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList() },
                "--no-scaling" => options with { Scaling = [] },
                _ => throw new ArgumentException($"Unknown option {args[i]}; use --subscribers N, --server-limit N, --no-kill, --scaling N,N,…, --no-scaling."),
            };
        }

        return options;
    }
}
