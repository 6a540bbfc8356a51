namespace OneStop.Domain.Content;

public sealed record Topics(
    IReadOnlyList<OutOfScopeTopic> OutOfScope,
    IReadOnlyDictionary<Aspect, IReadOnlyList<string>> AspectWords);
