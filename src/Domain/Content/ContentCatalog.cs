using OneStop.Domain.Calendar;
using OneStop.Domain.Understanding;

namespace OneStop.Domain.Content;

/// <summary>Everything in conversation-flows/, read and checked once at start-up.</summary>
public sealed record ContentCatalog(
    Office Office,
    IReadOnlyList<Procedure> Procedures,
    Flow Flow,
    MessageCatalog Messages,
    Topics Topics,
    IReadOnlyDictionary<string, string> Shorthand,
    WorkCalendar Calendar)
{
    /// <summary>Labelled example messages (examples.txt) the reader learns which kinds of request people make from; may be empty.</summary>
    public IReadOnlyList<CorpusCase> Examples { get; init; } = [];

    public Procedure? FindProcedure(string id) => Procedures.FirstOrDefault(p => p.Id == id);
}
