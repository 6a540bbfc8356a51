using OneStop.Domain.Understanding;

namespace OneStop.Domain.Content;

/// <summary>What people ask that the bot does not cover, and the phrases that show what a message asks for.</summary>
public sealed record Topics(
    IReadOnlyList<OutOfScopeTopic> OutOfScope,
    IReadOnlyDictionary<RequestKind, IReadOnlyList<string>> Cues);
