namespace OneStop.Domain.Content;

/// <summary>A paper to bring. <paramref name="When"/> is a condition in plain words, null when always needed.</summary>
public sealed record RequiredDocument(Fact Fact, string? When, string? Where);
