using OneStop.Domain.Conversation;
using OneStop.Domain.Text;

namespace OneStop.Domain.Survey;

/// <summary>
/// Text typed during the survey: the comment at the comment step; elsewhere an option typed instead of tapped
/// ("hai long", "có"), or else a hint to tap and the question again.
/// </summary>
internal sealed class TypedSurveyAnswer(SurveyForm form, SurveyTurn survey)
{
    public const int MaxCommentLength = 1000;

    public Reply Handle(SurveyProgress progress, string text, IReadOnlyList<string> words)
    {
        switch (progress.At)
        {
            case SurveyProgress.CommentPosition:
                var comment = Clean(text);
                return comment.Length == 0 ? Hint(progress) : survey.Finish(progress, complete: true, comment);
            case SurveyProgress.DayPosition when Answers.IsYes(words):
                return survey.SetDay(progress, sameDay: true);
            case SurveyProgress.DayPosition when Answers.IsNo(words):
                return survey.SetDay(progress, sameDay: false);
            case SurveyProgress.DayPosition:
                return Hint(progress);
        }

        var typed = string.Join(' ', words);
        if (form.Find(progress.At) is { } question
            && (question.Options.FirstOrDefault(o => TextFolding.Fold(o.Plain) == typed && typed.Length > 0)
                ?? Rated(question, words)) is { } option)
        {
            return survey.Answer(progress, question, option);
        }

        // A remark typed instead of tapped ("chờ lâu quá") is kept and sent with the survey.
        var remark = Clean(text);
        if (remark.Length >= 3 && words.Count >= 2 && !IsQuestion(text, words))
        {
            progress.AddNote(remark);
            return survey.Show(progress, survey.Screens.Say("survey.note-kept"));
        }

        return Hint(progress);
    }

    private static readonly string[] QuestionMarks =
        ["cho hoi", "hoi chut", "bao nhieu", "may gio", "o dau", "duoc khong", "phai khong", "lam sao", "the nao", "khi nao", "bao gio", "co khong"];

    /// <summary>"cho hỏi giờ làm việc" typed during the survey is a question for later, not a remark about the visit.</summary>
    private static bool IsQuestion(string text, IReadOnlyList<string> words)
    {
        var folded = $" {string.Join(' ', words)} ";
        return text.Contains('?', StringComparison.Ordinal) || QuestionMarks.Any(q => folded.Contains($" {q} ", StringComparison.Ordinal));
    }

    /// <summary>"5 sao", "5", "1 sao": a rating typed on a question whose options go from good to poor.</summary>
    private static SurveyOption? Rated(SurveyQuestion question, IReadOnlyList<string> words)
    {
        if (words.Count is 0 or > 3 || !int.TryParse(words[0], out var stars) || stars is < 1 or > 5
            || (words.Count > 1 && words[1] is not ("sao" or "diem" or "d")))
        {
            return null;
        }

        var tone = stars >= 4 ? OptionTone.Good : stars == 3 ? OptionTone.Fair : OptionTone.Poor;
        var matching = question.Options.Where(o => o.Tone == tone).ToList();
        return matching.Count == 1 ? matching[0] : null;
    }

    private Reply Hint(SurveyProgress progress) => survey.Show(progress, survey.Screens.Say("survey.tap-hint"));

    /// <summary>Keeps what a person wrote, minus control characters, at most <see cref="MaxCommentLength"/> characters.</summary>
    private static string Clean(string text)
    {
        var kept = new string(text.Where(c => c is '\n' || !char.IsControl(c)).ToArray()).Trim();
        return kept.Length <= MaxCommentLength ? kept : kept[..MaxCommentLength];
    }
}
