using OneStop.Domain.Content;

namespace OneStop.Domain.Checklist;

/// <summary>One question of the path the citizen took, with their answer, and what that answer leaves missing.</summary>
public sealed record AnsweredQuestion(ChecklistQuestion Question, ChecklistAnswer Answer)
{
    /// <summary>The paper (or condition) still missing after this answer, with where it comes from; null when nothing is.</summary>
    public MissingPaper? Missing
    {
        get
        {
            var text = Answer == ChecklistAnswer.Yes ? Question.MissingIfYes : Question.MissingIfNo;
            return string.IsNullOrWhiteSpace(text) ? null : new MissingPaper(text, Question.Help);
        }
    }
}
