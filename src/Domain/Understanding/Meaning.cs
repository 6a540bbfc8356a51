namespace OneStop.Domain.Understanding;

/// <summary>What a message was read to mean: its requests, the main one first.</summary>
public sealed record Meaning(IReadOnlyList<Request> Requests, IReadOnlyList<string> Words)
{
    public bool Has(RequestKind kind) => Requests.Any(r => r.Kind == kind);

    public Request? Find(RequestKind kind) => Requests.FirstOrDefault(r => r.Kind == kind);

    public bool IsUnknown => Requests.All(r => r.Kind == RequestKind.Unknown);
}
