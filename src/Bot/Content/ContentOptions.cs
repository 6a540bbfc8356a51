namespace OneStop.Bot.Content;

internal sealed record ContentOptions
{
    public const string Section = "Content";

    /// <summary>The conversation-flows folder. Empty: looked for from the working directory up, then beside the program.</summary>
    public string? Path { get; init; }
}
