using OneStop.Domain.Content;

namespace OneStop.Domain.Survey;

/// <summary>
/// One answer a citizen can tap. <see cref="Points"/> is its score on the question's evaluation criterion
/// (0, 1 or 2), or null when the question maps to no criterion; <see cref="Escalate"/> sends it to the staff
/// group at once.
/// </summary>
public sealed record SurveyOption(string Id, string Label, int? Points, OptionTone Tone, bool Escalate, SourceRef Origin)
{
    /// <summary>The label without its leading emoji, for reports and charts (the report font has no emoji).</summary>
    public string Plain
    {
        get
        {
            var start = 0;
            while (start < Label.Length && !char.IsLetterOrDigit(Label[start]))
            {
                start++;
            }

            return Label[start..];
        }
    }
}
