namespace OneStop.Domain.Understanding;

/// <summary>What the reading rules found in a message: their own reading, and the facts the kind model learns from.</summary>
internal sealed record RuleReading(
    Meaning Meaning,
    string Raw,
    IReadOnlyList<string> Words,
    IReadOnlyList<string> Procedures,
    IReadOnlyList<string> NamedTopics,
    IReadOnlyList<string> Topics,
    IReadOnlyList<Cue> Answers,
    IReadOnlyList<RequestKind> CueKinds,
    string? OnScreen,
    bool Grieving,
    bool Cutoff,
    bool TopicFromContext = false);
