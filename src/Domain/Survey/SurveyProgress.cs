using System.Globalization;
using OneStop.Domain.Conversation;

namespace OneStop.Domain.Survey;

/// <summary>
/// Where a chat's survey stands, kept in <see cref="Session.Data"/> under "survey." keys while it runs. When it
/// ends everything goes except the complaint reference (until the contact question is answered), so the session
/// does not keep a link to the stored answers.
/// </summary>
internal sealed class SurveyProgress
{
    public const string DayPosition = "day";
    public const string CommentPosition = "comment";

    private const string Prefix = "survey.";
    private const string IdKey = "survey.id";
    private const string AtKey = "survey.at";
    private const string VerifiedKey = "survey.verified";
    private const string TicketKey = "survey.ticket";
    private const string ProcedureKey = "survey.procedure";
    private const string VisitKey = "survey.visit";
    private const string SameDayKey = "survey.same-day";
    private const string StartedKey = "survey.started";
    private const string AnswersKey = "survey.answers";
    private const string ReferenceKey = "survey.ref";
    private const string NoteKey = "survey.note";
    private const int MaxNoteLength = 1000;
    private const string DateFormat = "yyyy-MM-dd";

    private readonly Dictionary<string, string> _data;

    private SurveyProgress(Session session) => _data = session.Data;

    /// <summary>The survey running in this chat, or null.</summary>
    public static SurveyProgress? Of(Session session) =>
        session.Data.ContainsKey(IdKey) && session.Data.ContainsKey(AtKey) ? new SurveyProgress(session) : null;

    public static SurveyProgress Begin(Session session, SurveyStart start, string id, DateOnly today)
    {
        foreach (var key in session.Data.Keys.Where(k => k.StartsWith(Prefix, StringComparison.Ordinal)).ToList())
        {
            session.Data.Remove(key);
        }

        var progress = new SurveyProgress(session);
        var data = progress._data;
        data[IdKey] = id;
        data[VerifiedKey] = start.Ticket is null ? "0" : "1";
        data[TicketKey] = start.Ticket?.Id.ToString(CultureInfo.InvariantCulture) ?? "";
        data[ProcedureKey] = start.ProcedureId ?? "";
        data[VisitKey] = start.VisitDate?.ToString(DateFormat, CultureInfo.InvariantCulture) ?? "";
        data[SameDayKey] = start.SameDay switch { true => "1", false => "0", null => "" };
        data[StartedKey] = today.ToString(DateFormat, CultureInfo.InvariantCulture);
        data[AnswersKey] = "";
        data[AtKey] = "";
        return progress;
    }

    public string Id => Get(IdKey);

    public string At
    {
        get => Get(AtKey);
        set => _data[AtKey] = value;
    }

    public bool Verified => Get(VerifiedKey) == "1";

    public ulong? TicketId =>
        ulong.TryParse(Get(TicketKey), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public string? ProcedureId => Get(ProcedureKey) is { Length: > 0 } id ? id : null;

    public DateOnly? VisitDate => Date(VisitKey);

    public bool? SameDay
    {
        get => Get(SameDayKey) switch { "1" => true, "0" => false, _ => null };
        set => _data[SameDayKey] = value switch { true => "1", false => "0", null => "" };
    }

    public DateOnly StartedOn => Date(StartedKey) ?? DateOnly.MinValue;

    public string? Reference
    {
        get => Get(ReferenceKey) is { Length: > 0 } reference ? reference : null;
        set => _data[ReferenceKey] = value ?? "";
    }

    /// <summary>Question id → option id, as tapped.</summary>
    public IReadOnlyDictionary<string, string> Answers =>
        Get(AnswersKey)
            .Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('='))
            .Where(parts => parts.Length == 2)
            .GroupBy(parts => parts[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last()[1], StringComparer.Ordinal);

    /// <summary>What the citizen typed during the questions that answered none of them: kept, and sent with the comment.</summary>
    public string? Note => Get(NoteKey) is { Length: > 0 } note ? note : null;

    public void AddNote(string text)
    {
        var note = Note is { } earlier ? $"{earlier}\n{text}" : text;
        _data[NoteKey] = note.Length <= MaxNoteLength ? note : note[..MaxNoteLength];
    }

    public void Record(string questionId, string optionId)
    {
        var answers = Answers.ToDictionary(StringComparer.Ordinal);
        answers[questionId] = optionId;
        _data[AnswersKey] = string.Join(';', answers.Select(a => $"{a.Key}={a.Value}"));
    }

    /// <summary>Ends the survey in this chat: only a complaint reference stays, for the contact question.</summary>
    public static void End(Session session)
    {
        foreach (var key in session.Data.Keys.Where(k => k.StartsWith(Prefix, StringComparison.Ordinal) && k != ReferenceKey).ToList())
        {
            session.Data.Remove(key);
        }

        if (session.Data.TryGetValue(ReferenceKey, out var reference) && string.IsNullOrEmpty(reference))
        {
            session.Data.Remove(ReferenceKey);
        }
    }

    /// <summary>The complaint reference left by an ended survey, if the contact question is still open.</summary>
    public static string? PendingReference(Session session) =>
        session.Data.GetValueOrDefault(ReferenceKey) is { Length: > 0 } reference ? reference : null;

    public static void ForgetReference(Session session) => session.Data.Remove(ReferenceKey);

    // A value not set yet reads as "".
    private string Get(string key) => _data.GetValueOrDefault(key) ?? "";

    private DateOnly? Date(string key) =>
        DateOnly.TryParseExact(Get(key), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
