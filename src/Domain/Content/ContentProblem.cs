namespace OneStop.Domain.Content;

/// <summary>A broken piece of content: where it is and what the office should do about it.</summary>
public sealed record ContentProblem(SourceRef Where, string What)
{
    public override string ToString() => $"{Where}: {What}";
}
