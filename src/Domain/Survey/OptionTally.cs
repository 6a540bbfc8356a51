namespace OneStop.Domain.Survey;

/// <summary>How many chose one answer of a question.</summary>
public sealed record OptionTally(string OptionId, string Label, OptionTone Tone, int Count);
