using OneStop.Domain.Online;

namespace OneStop.Domain.Content;

/// <summary>One of the plan's six items, as it stands today, every fact with its source.</summary>
public sealed record Procedure
{
    public required string Id { get; init; }

    public required int PlanItem { get; init; }

    public required ProcedureKind Kind { get; init; }

    /// <summary>Mã TTHC on the national portal, empty when there is none.</summary>
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required string ShortName { get; init; }

    public required IReadOnlyList<string> Keywords { get; init; }

    public required Fact Summary { get; init; }

    public required IReadOnlyList<RequiredDocument> Documents { get; init; }

    public required Fact Fee { get; init; }

    public Fact? FeeExemptions { get; init; }

    public required Fact Time { get; init; }

    public required Fact InPerson { get; init; }

    public required WritingHelp WritingHelp { get; init; }

    public required Fact WritingHelpFact { get; init; }

    public required OnlineRoute Online { get; init; }

    public required PostalRoute Postal { get; init; }

    public required SameDayRule SameDay { get; init; }

    public IReadOnlyList<Fact> Notes { get; init; } = [];

    /// <summary>Where the dossier is filed and which commune is competent, when it matters; null uses the office's address.</summary>
    public Fact? Place { get; init; }

    /// <summary>Answers to specific questions (a deadline, a copy's validity, a detail of eligibility).</summary>
    public IReadOnlyList<ProcedureAnswer> Answers { get; init; } = [];

    public IReadOnlyList<ProcedureRoute> Routes { get; init; } = [];

    public Checklist? Checklist { get; init; }

    public PageFeeRule? PageFee { get; init; }

    /// <summary>A fee per item (a copy, a paper), to work out the total for the number a question names; null for none.</summary>
    public UnitFeeRule? UnitFee { get; init; }

    /// <summary>A fee waived for online filing during a period, or null (most procedures have none).</summary>
    public OnlineFeeRelief? OnlineFeeRelief { get; init; }

    public required SourceRef Origin { get; init; }

    /// <summary>Every fact of the procedure, for the validator's list of what is still unconfirmed.</summary>
    public IEnumerable<Fact> Facts()
    {
        yield return Summary;
        foreach (var document in Documents)
        {
            yield return document.Fact;
        }

        yield return Fee;
        if (FeeExemptions is not null)
        {
            yield return FeeExemptions;
        }

        yield return Time;
        yield return InPerson;
        yield return WritingHelpFact;
        yield return Online.Fact;
        yield return Postal.Fact;
        yield return SameDay.Fact;
        foreach (var note in Notes)
        {
            yield return note;
        }

        if (Place is not null)
        {
            yield return Place;
        }

        foreach (var answer in Answers)
        {
            yield return answer.Fact;
        }

        foreach (var route in Routes)
        {
            yield return route.Fact;
        }

        if (PageFee is not null)
        {
            yield return PageFee.Fact;
        }

        if (UnitFee is not null)
        {
            yield return UnitFee.Fact;
        }

        if (OnlineFeeRelief is not null)
        {
            yield return OnlineFeeRelief.Fact;
        }
    }
}
