namespace OneStop.Bot.Hosting;

internal sealed record ClockOptions
{
    public const string Section = "Clock";

    /// <summary>Pins the clock to this moment at start-up (for demos and acceptance checks); time then runs on from it.</summary>
    public DateTimeOffset? Now { get; init; }
}
