namespace OneStop.Domain.Content;

public sealed record OnlineRoute(OnlineLevel Level, string? InPersonStep, Fact Fact);
