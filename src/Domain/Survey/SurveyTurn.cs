using OneStop.Domain.Content;
using OneStop.Domain.Conversation;

namespace OneStop.Domain.Survey;

/// <summary>
/// The survey's moves within one turn: begin, answer, skip, stop, comment, finish. Every answer is stored at once
/// (an effect per tap), so a citizen who walks away leaves partial answers, not none.
/// </summary>
internal sealed class SurveyTurn
{
    private readonly SurveyForm _form;
    private readonly ConversationTurn _turn;
    private readonly SurveyScreens _screens;
    private readonly StaffNotice _notice;
    private readonly SurveyCodes _codes;

    public SurveyTurn(SurveyForm form, ContentCatalog content, ConversationTurn turn, DateOnly today, SurveyCodes codes)
    {
        _codes = codes;
        _form = form;
        _turn = turn;
        Today = today;
        _screens = new SurveyScreens(form, content, turn.Render);
        _notice = new StaffNotice(form, content, turn.Render);
    }

    public DateOnly Today { get; }

    public SurveyScreens Screens => _screens;

    public SurveyProgress? Progress => SurveyProgress.Of(_turn.Session);

    public void Effect(ConversationEffect effect) => _turn.Effect(effect);

    public Reply Begin(SurveyStart start)
    {
        var progress = SurveyProgress.Begin(_turn.Session, start, _codes.ResponseId(), Today);
        progress.At = start.SameDay is null ? SurveyProgress.DayPosition : _form.For(start.SameDay.Value)[0].Id;
        return Show(progress, _screens.Intro(progress));
    }

    /// <summary>The current question again, with the conversation moved to the survey's step for it.</summary>
    public Reply Show(SurveyProgress progress, string? lead = null)
    {
        var step = progress.At == SurveyProgress.CommentPosition ? SurveyFeature.CommentStep : SurveyFeature.QuestionStep;
        if (_turn.Session.State != step)
        {
            _turn.Machine.GoTo(step);
        }

        return _screens.Current(progress, lead);
    }

    public Reply Answer(SurveyProgress progress, SurveyQuestion question, SurveyOption option)
    {
        var current = progress.At == question.Id;
        progress.Record(question.Id, option.Id);
        _turn.Effect(new SurveyAnswered(Response(progress, complete: false, comment: null)));
        if (option.Escalate && progress.Reference is null)
        {
            Escalate(progress, comment: null);
        }

        if (!current)
        {
            return Show(progress, _screens.Say("survey.changed"));
        }

        progress.At = After(progress, question.Id);
        return Show(progress);
    }

    public Reply Skip(SurveyProgress progress)
    {
        progress.At = After(progress, progress.At);
        return Show(progress);
    }

    public Reply SetDay(SurveyProgress progress, bool sameDay)
    {
        progress.SameDay = sameDay;
        progress.At = After(progress, SurveyProgress.DayPosition);
        return Show(progress);
    }

    /// <summary>Ends the survey: complete after the comment step, partial when the citizen stopped.</summary>
    public Reply Finish(SurveyProgress progress, bool complete, string? comment)
    {
        ArgumentNullException.ThrowIfNull(progress);
        if (progress.Note is { } note)
        {
            // Words typed during the questions are part of what the citizen said: never dropped.
            comment = comment is null ? note : $"{note}\n{comment}";
        }

        var response = Response(progress, complete, comment);
        if (response.Answers.Count > 0 || comment is not null)
        {
            _turn.Effect(new SurveyAnswered(response));
        }

        if (comment is not null)
        {
            Escalate(progress, comment);
        }

        var reference = progress.Reference;
        SurveyProgress.End(_turn.Session);
        _turn.Machine.Fire(Triggers.Menu);
        return _screens.End(complete, reference);
    }

    public Reply Contact(bool agreed)
    {
        var reference = SurveyProgress.PendingReference(_turn.Session);
        if (reference is null)
        {
            return _screens.Plain("survey.contact.stale");
        }

        SurveyProgress.ForgetReference(_turn.Session);
        if (!agreed)
        {
            return _screens.Plain("survey.contact.declined");
        }

        _turn.Effect(new SurveyContactAgreed(reference, _notice.Contact(reference)));
        return _screens.Plain("survey.contact.done");
    }

    /// <summary>The position after <paramref name="position"/>: the next question asked after this visit, then the comment.</summary>
    public string After(SurveyProgress progress, string position)
    {
        var asked = _form.For(progress.SameDay ?? false);
        if (position == SurveyProgress.DayPosition)
        {
            return asked[0].Id;
        }

        var index = asked.ToList().FindIndex(q => q.Id == position);
        return index >= 0 && index + 1 < asked.Count ? asked[index + 1].Id : SurveyProgress.CommentPosition;
    }

    /// <summary>Has the citizen been shown this question already (so an answer to it is a real tap, maybe a change of mind)?</summary>
    public bool WasAsked(SurveyProgress progress, SurveyQuestion question)
    {
        if (progress.SameDay is not { } sameDay || !question.AppliesTo(sameDay))
        {
            return false;
        }

        var asked = _form.For(sameDay).ToList();
        var at = progress.At == SurveyProgress.CommentPosition ? asked.Count - 1 : asked.FindIndex(q => q.Id == progress.At);
        return asked.IndexOf(question) <= at;
    }

    private void Escalate(SurveyProgress progress, string? comment)
    {
        var reference = progress.Reference ?? _codes.Reference();
        progress.Reference = reference;
        _turn.Effect(new SurveyComplaint(reference, _notice.Complaint(progress, reference, comment)));
    }

    private SurveyResponse Response(SurveyProgress progress, bool complete, string? comment)
    {
        var answers = progress.Answers;
        var stored = _form.Questions
            .Where(q => answers.ContainsKey(q.Id))
            .Select(q => (Question: q, Option: q.Find(answers[q.Id])))
            .Where(pair => pair.Option is not null)
            .Select(pair => new SurveyAnswer(pair.Question.Id, pair.Option!.Id, pair.Option.Plain, pair.Question.Criterion, pair.Option.Points, pair.Option.Tone))
            .ToList();
        return new SurveyResponse(progress.Id, progress.Verified, progress.ProcedureId, progress.VisitDate, progress.SameDay, progress.StartedOn, stored, comment, complete);
    }
}
