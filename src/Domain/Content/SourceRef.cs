namespace OneStop.Domain.Content;

/// <summary>Where a piece of content was written, so an error can send the office to the right line.</summary>
public readonly record struct SourceRef(string File, int Line)
{
    public static readonly SourceRef None = new("", 0);

    public override string ToString() => Line > 0 ? $"{File}:{Line}" : File;
}
