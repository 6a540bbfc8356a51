using System.Globalization;

namespace OneStop.Bench.Memory;

/// <summary>The sizes of the memory run: the 100,000 chats by default, fewer with e.g. `--chats 20000`.</summary>
internal sealed record ChatsBenchOptions
{
    public int Chats { get; init; } = 100_000;

    /// <summary>New chats a second: well under the burst ceiling, so reply times measure the bot, not a queue.</summary>
    public int Rate { get; init; } = 500;

    public int WarmUpChats { get; init; } = 500;

    public TimeSpan Settle { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan Quiet { get; init; } = TimeSpan.FromSeconds(60);

    public static ChatsBenchOptions Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new ChatsBenchOptions();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--chats" => options with { Chats = value },
                "--rate" => options with { Rate = value },
                "--warm-up-chats" => options with { WarmUpChats = value },
                "--quiet-seconds" => options with { Quiet = TimeSpan.FromSeconds(value) },
                _ => throw new ArgumentException($"Unknown option {args[i]}; known: --chats, --rate, --warm-up-chats, --quiet-seconds."),
            };
        }

        return options;
    }
}
