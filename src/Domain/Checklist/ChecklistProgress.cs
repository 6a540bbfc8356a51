using System.Globalization;
using System.Text;

namespace OneStop.Domain.Checklist;

/// <summary>
/// What one chat answered in one procedure's checklist, as stored in the session: the answers in order, and for
/// certified copies the pages and copies typed. Written compactly ("co-ban-chinh:y,da-photo:n|3|2") because it rides
/// along with every save of the session; it holds no name, number or paper, only yes/no per question id.
/// </summary>
public sealed record ChecklistProgress(IReadOnlyList<SavedChecklistAnswer> Answers, int? Pages = null, int? Copies = null)
{
    // More answers than any checklist has questions can only come from a forged or corrupted value.
    private const int MaxAnswers = 100;

    public static ChecklistProgress Empty { get; } = new([]);

    public bool IsEmpty => Answers.Count == 0 && Pages is null && Copies is null;

    /// <summary>Reads a stored value; anything unreadable is a fresh start, never an error.</summary>
    public static ChecklistProgress Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Empty;
        }

        var parts = text.Split('|');
        var answers = new List<SavedChecklistAnswer>();
        foreach (var item in parts[0].Split(',', StringSplitOptions.RemoveEmptyEntries).Take(MaxAnswers))
        {
            var colon = item.LastIndexOf(':');
            if (colon <= 0 || item[(colon + 1)..] is not ("y" or "n"))
            {
                return Empty;
            }

            answers.Add(new SavedChecklistAnswer(item[..colon], item[(colon + 1)..] == "y" ? ChecklistAnswer.Yes : ChecklistAnswer.No));
        }

        return new ChecklistProgress(answers, Number(parts, 1), Number(parts, 2));
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendJoin(',', Answers.Select(a => $"{a.QuestionId}:{(a.Answer == ChecklistAnswer.Yes ? 'y' : 'n')}"));
        if (Pages is not null || Copies is not null)
        {
            text.Append('|').Append(Pages?.ToString(CultureInfo.InvariantCulture))
                .Append('|').Append(Copies?.ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    private static int? Number(string[] parts, int index) =>
        parts.Length > index && int.TryParse(parts[index], NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : null;
}
