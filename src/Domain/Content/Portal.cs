namespace OneStop.Domain.Content;

public sealed record Portal(string Id, string Name, Uri Url, Fact Fact);
