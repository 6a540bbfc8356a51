namespace OneStop.Domain.Content;

/// <summary>The one-stop desk: today's name, the names citizens still use, hours and the same-day rule.</summary>
public sealed record Office
{
    public required Fact Name { get; init; }

    public required string ShortName { get; init; }

    public required string Commune { get; init; }

    public required IReadOnlyList<string> OldNames { get; init; }

    public required Fact Merger { get; init; }

    public required Fact Address { get; init; }

    public required Fact Contact { get; init; }

    public required OfficeSessions Hours { get; init; }

    public required DayOfWeek SameDayWeekday { get; init; }

    /// <summary>Legal cut-off: a dossier received after it is returned the next working day.</summary>
    public required TimeOnly Cutoff { get; init; }

    public required Fact SameDay { get; init; }

    public required Fact StaffOnDuty { get; init; }

    public required Fact EverydayHelp { get; init; }

    public required IReadOnlyList<Portal> Portals { get; init; }

    public required Fact VneId { get; init; }

    public required IReadOnlyList<string> Neighbourhoods { get; init; }

    public required Fact NeighbourhoodsFact { get; init; }

    public IEnumerable<Fact> Facts() =>
        new[] { Name, Merger, Address, Contact, Hours.Fact, SameDay, StaffOnDuty, EverydayHelp, VneId, NeighbourhoodsFact }
            .Concat(Portals.Select(p => p.Fact));
}
