using OneStop.Domain.Content;
using OneStop.Domain.Conversation;

namespace OneStop.Domain.Survey;

/// <summary>
/// The satisfaction survey after a visit: opened by a ticket's deep link ("/start sv…"), by /khaosat, by the menu
/// or by another feature's "sv:start" button; a handful of taps on the questions of survey.yaml, then an optional
/// comment. Answers leave as <see cref="SurveyAnswered"/> effects with no chat identity in them.
/// </summary>
public sealed class SurveyFeature : IConversationFeature, IConversationObserver
{
    public const string QuestionStep = "survey";
    public const string CommentStep = "survey-comment";
    public const string Command = "/khaosat";

    private readonly SurveyForm _form;
    private readonly ContentCatalog _content;
    private readonly ConversationOptions _options;
    private readonly SurveyCodes _codes;

    public SurveyFeature(SurveyForm form, ContentCatalog content, ConversationOptions options, SurveyCodes? codes = null)
    {
        _codes = codes ?? new SurveyCodes();
        _form = form ?? throw new ArgumentNullException(nameof(form));
        _content = content ?? throw new ArgumentNullException(nameof(content));
        _options = options ?? throw new ArgumentNullException(nameof(options));
    }

    public SurveyForm Form => _form;

    public IReadOnlyList<string> Steps { get; } = [QuestionStep, CommentStep];

    public string PayloadPrefix => SurveyPayload.Prefix;

    public IReadOnlyList<SlashCommand> Commands { get; } = [new(Command, "Góp ý, đánh giá", MenuPlace: 50)];

    public IEnumerable<string> MessageKeys => SurveyMessages.Keys;

    public bool TryPress(ConversationTurn turn, string payload)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(payload);
        var survey = Start(turn);
        var progress = survey.Progress;
        Reply? reply = payload.Split(':') switch
        {
            ["sv", "start", .. var rest] => OpenSurvey(survey, rest),
            ["sv", "day", var day] when day is "same" or "other" => progress is null ? survey.Screens.Plain("survey.over")
                : progress.At == SurveyProgress.DayPosition ? survey.SetDay(progress, day == "same") : survey.Show(progress),
            ["sv", "a", var questionId, var optionId] => Answer(survey, questionId, optionId),
            ["sv", "skip", var questionId] when _form.Find(questionId) is not null => progress is null ? survey.Screens.Plain("survey.over")
                : progress.At == questionId ? survey.Skip(progress) : survey.Show(progress),
            ["sv", "stop"] => progress is null ? survey.Screens.Plain("survey.over") : survey.Finish(progress, complete: false, comment: null),
            ["sv", "nc"] => progress is null ? survey.Screens.Plain("survey.over")
                : progress.At == SurveyProgress.CommentPosition ? survey.Finish(progress, complete: true, comment: null) : survey.Show(progress),
            ["sv", "contact", var answer] when answer is "yes" or "no" => survey.Contact(answer == "yes"),
            _ => null,
        };
        if (reply is null)
        {
            return false;
        }

        turn.Say(reply);
        return true;
    }

    /// <summary>/khaosat: the survey with no ticket (unverified).</summary>
    public void OnCommand(ConversationTurn turn, SlashCommand command, string text) =>
        turn.Say(Start(turn).Begin(new SurveyStart(null, null, null, null)));

    public bool TryText(ConversationTurn turn, string text, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(words);
        var survey = Start(turn);
        if (CommandWords.TryParseSlash(text, out var command, out var argument))
        {
            // A ticket's deep link ("/start sv…"); any other command is not a comment.
            if (command != GlobalCommand.Start || !TicketSeal.LooksLikeTicket(argument))
            {
                return false;
            }

            turn.Say(new TicketDoor(survey, _content).Open(turn.Incoming.Context));
            return true;
        }

        if (turn.Session.State is not (QuestionStep or CommentStep) || survey.Progress is not { } progress)
        {
            return false;
        }

        turn.Say(new TypedSurveyAnswer(_form, survey).Handle(progress, text, words));
        return true;
    }

    public Reply Render(ConversationTurn turn, string step)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var survey = Start(turn);
        return survey.Progress is { } progress
            ? survey.Show(progress)
            : survey.Begin(new SurveyStart(null, null, null, null));
    }

    public void Observe(ConversationTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Effects.OfType<ConversationEffect.DeleteChatData>().Any() && SurveyProgress.Of(turn.Session) is { } progress)
        {
            turn.Effect(new SurveyWithdrawn(progress.Id));
            SurveyProgress.End(turn.Session);
        }
    }

    private SurveyTurn Start(ConversationTurn turn) =>
        new(_form, _content, turn, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(turn.Now, _options.Zone).DateTime), _codes);

    /// <summary>"sv:start", "sv:start:&lt;procedure&gt;", "sv:start:&lt;procedure or _&gt;:&lt;yyyyMMdd&gt;": a survey without a ticket.</summary>
    private Reply? OpenSurvey(SurveyTurn survey, string[] rest)
    {
        string? procedureId = rest.Length > 0 && rest[0] != SurveyPayload.NoProcedure ? rest[0] : null;
        if (rest.Length > 2 || (procedureId is not null && _content.FindProcedure(procedureId) is null))
        {
            return null;
        }

        DateOnly? visit = null;
        bool? sameDay = null;
        if (rest.Length == 2)
        {
            if (!SurveyPayload.TryDate(rest[1], out var day) || day > survey.Today)
            {
                return null;
            }

            visit = day;
            sameDay = day.DayOfWeek == _content.Calendar.SameDayWeekday && _content.Calendar.IsWorkingDay(day);
        }

        return survey.Begin(new SurveyStart(null, procedureId, visit, sameDay));
    }

    private Reply? Answer(SurveyTurn survey, string questionId, string optionId)
    {
        if (_form.Find(questionId) is not { } question || question.Find(optionId) is not { } option)
        {
            return null;
        }

        if (survey.Progress is not { } progress)
        {
            return survey.Screens.Plain("survey.over");
        }

        return survey.WasAsked(progress, question) ? survey.Answer(progress, question, option) : survey.Show(progress);
    }
}
