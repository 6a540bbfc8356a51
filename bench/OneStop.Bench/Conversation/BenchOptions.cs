using System.Globalization;

namespace OneStop.Bench.Conversation;

/// <summary>The sizes of the run: the figures by default, smaller with e.g. `--burst 2000 --steady-seconds 5`.</summary>
internal sealed record BenchOptions
{
    public int BurstMessages { get; init; } = 10_000;

    public int BurstChats { get; init; } = 1_000;

    public int SteadyRate { get; init; } = 200;

    public int SteadySeconds { get; init; } = 30;

    public int SteadyChats { get; init; } = 1_000;

    public int WarmUpChats { get; init; } = 200;

    /// <summary>The bot in the benchmark's own process, for a profiler; its peak RSS then counts the fake server too.</summary>
    public bool InProcess { get; init; }

    /// <summary>The most messages one chat sends in any phase.</summary>
    public int LongestChat => Math.Max(Math.Max(4, BurstMessages / BurstChats), (SteadyRate * SteadySeconds + SteadyChats - 1) / SteadyChats);

    public static BenchOptions Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new BenchOptions();
        var rest = args.ToList();
        if (rest.Remove("--in-process"))
        {
            options = options with { InProcess = true };
        }

        args = [.. rest];
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--burst" => options with { BurstMessages = value },
                "--chats" => options with { BurstChats = value, SteadyChats = value },
                "--rate" => options with { SteadyRate = value },
                "--steady-seconds" => options with { SteadySeconds = value },
                "--warm-up-chats" => options with { WarmUpChats = value },
                _ => throw new ArgumentException($"Unknown option {args[i]}; known: --burst, --chats, --rate, --steady-seconds, --warm-up-chats, --in-process."),
            };
        }

        return options;
    }
}
