namespace OneStop.Domain.Text;

/// <summary>A phrase found in a message: which target it names and which words it covers.</summary>
public readonly record struct PhraseMatch<T>(T Target, int Start, int Length);
