namespace OneStop.Domain.Checklist;

/// <summary>Something the dossier still lacks, and where it comes from or who can help (the question's help line).</summary>
public sealed record MissingPaper(string Text, string? Help);
