namespace OneStop.Domain.Content;

/// <summary>Something people ask that the bot does not cover, with an honest pointer elsewhere.</summary>
public sealed record OutOfScopeTopic(string Id, IReadOnlyList<string> Keywords, Fact Fact);
