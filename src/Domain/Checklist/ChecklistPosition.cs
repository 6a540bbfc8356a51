using OneStop.Domain.Content;

namespace OneStop.Domain.Checklist;

/// <summary>
/// Where a citizen stands in one checklist: the questions answered along the path, and the question to ask next
/// (null once the path reached "done").
/// </summary>
public sealed record ChecklistPosition(IReadOnlyList<AnsweredQuestion> Path, ChecklistQuestion? Current)
{
    public bool IsDone => Current is null;

    /// <summary>1-based number of the current question along the path, as the citizen counts them.</summary>
    public int Number => Path.Count + 1;

    public IReadOnlyList<MissingPaper> Missing => Path.Select(a => a.Missing).OfType<MissingPaper>().ToList();

    /// <summary>
    /// The path was cut short on a blocker (no original to copy, a contract that cannot be certified): the last answer
    /// went straight to "done" leaving something missing, where the other answer would have gone on asking. Asking more
    /// (pages, copies) would then be pointless.
    /// </summary>
    public bool StoppedEarly
    {
        get
        {
            if (!IsDone || Path.Count == 0 || Path[^1].Missing is null)
            {
                return false;
            }

            var last = Path[^1];
            var other = last.Answer == ChecklistAnswer.Yes ? last.Question.No : last.Question.Yes;
            return other != Content.Checklist.Done;
        }
    }
}
