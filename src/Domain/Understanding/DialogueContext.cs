namespace OneStop.Domain.Understanding;

/// <summary>What the conversation was about before this message: the procedure whose card is on screen, if any.</summary>
public sealed record DialogueContext(string? ProcedureId)
{
    public static DialogueContext None { get; } = new((string?)null);
}
