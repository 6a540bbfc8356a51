namespace OneStop.Domain.Notices;

/// <summary>Who a notice goes to.</summary>
public sealed record Audience(AudienceKind Kind, IReadOnlyList<string> Areas, string? ProcedureId, DateOnly? Day = null)
{
    public static Audience Everyone { get; } = new(AudienceKind.Everyone, [], null);

    public static Audience InAreas(IEnumerable<string> areas) => new(AudienceKind.Areas, areas.Distinct(StringComparer.Ordinal).ToList(), null);

    public static Audience AskedAbout(string procedureId) => new(AudienceKind.Procedure, [], procedureId);

    public static Audience RemindedOf(DateOnly day) => new(AudienceKind.ReminderDay, [], null, day);

    /// <summary>Whether the audience is drawn from the subscriber list (the reminder audience comes from the reminders).</summary>
    public bool OfSubscribers => Kind != AudienceKind.ReminderDay;

    /// <summary>Whether a subscriber with this area (null for none) who asked about these procedures gets the notice.</summary>
    public bool Includes(string? area, IEnumerable<string> procedures)
    {
        ArgumentNullException.ThrowIfNull(procedures);
        return Kind switch
        {
            AudienceKind.Everyone => true,
            AudienceKind.Areas => area is not null && Areas.Contains(area, StringComparer.Ordinal),
            AudienceKind.Procedure => ProcedureId is not null && procedures.Contains(ProcedureId, StringComparer.Ordinal),
            _ => false,
        };
    }
}
