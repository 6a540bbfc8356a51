using OneStop.Domain.Calendar;

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
    public Procedure? FindProcedure(string id) => Procedures.FirstOrDefault(p => p.Id == id);
}
