namespace OneStop.Domain.Survey;

/// <summary>The answers to one question in a report: a count per option, in the questionnaire's order.</summary>
public sealed record QuestionTally(string QuestionId, string Title, int? Criterion, IReadOnlyList<OptionTally> Options)
{
    public int Answered => Options.Sum(o => o.Count);

    /// <summary>The share of this option among those who answered (0 when nobody did).</summary>
    public double Share(OptionTally option)
    {
        ArgumentNullException.ThrowIfNull(option);
        return Answered == 0 ? 0 : (double)option.Count / Answered;
    }

    /// <summary>The "hài lòng" share as reports give it: good and fair answers together.</summary>
    public double Satisfied =>
        Answered == 0 ? 0 : (double)Options.Where(o => o.Tone != OptionTone.Poor).Sum(o => o.Count) / Answered;
}
