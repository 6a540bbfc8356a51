using System.Globalization;

namespace OneStop.Bench.Soak;

/// <summary>
/// The evening of the soak run (issue 15): 20 citizens' messages a second across 5,000 chats for 30 minutes, a notice
/// to 10,000 subscribers half way, kill -9 every five minutes. A short run (under ten minutes) kills every minute and
/// sends the notice to 1,000 subscribers a minute of run, so that it ends within the run.
/// </summary>
internal sealed record SoakOptions
{
    public int Minutes { get; init; } = 30;

    public int Rate { get; init; } = 20;

    public int Chats { get; init; } = 5_000;

    public int? SubscribersGiven { get; init; }

    public int Subscribers => SubscribersGiven ?? (Minutes >= 10 ? 10_000 : Math.Max(1_000, Minutes * 1_000));

    public TimeSpan Length => TimeSpan.FromMinutes(Minutes);

    public TimeSpan KillEvery => TimeSpan.FromMinutes(Minutes >= 10 ? 5 : 1);

    /// <summary>A flood storm in every kill period, a little before its middle, as long as its retry_after.</summary>
    public TimeSpan StormLength => Minutes >= 10 ? TimeSpan.FromSeconds(30) : TimeSpan.FromSeconds(12);

    public static SoakOptions Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new SoakOptions();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--minutes" => options with { Minutes = value },
                "--rate" => options with { Rate = value },
                "--chats" => options with { Chats = value },
                "--subscribers" => options with { SubscribersGiven = value },
                _ => throw new ArgumentException($"Unknown option {args[i]}; known: --minutes, --rate, --chats, --subscribers."),
            };
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(options.Minutes, 1, nameof(args));
        return options;
    }
}
