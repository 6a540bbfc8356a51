using System.Text;
using OneStop.Domain.Content;
using OneStop.Domain.Text;

namespace OneStop.Domain.Understanding;

/// <summary>
/// Reads a citizen's message into requests, the way an official at the desk would hear it: which procedures
/// (or topics the bot does not cover) it names, what it asks about each, and what else it says (a day, a wish to
/// talk to a person, thanks, grief, anger). Short follow-ups ("ở đâu", "vợ tui nộp thay được không") refer to the
/// procedure on screen. The vocabulary lives in conversation-flows/ (procedure keywords, topics.yaml's cues,
/// each procedure's answers); what is here are the rules that vocabulary alone cannot say.
/// Measured against the labelled corpus in tests/Domain.Tests/Understanding/Corpus.
/// </summary>
public sealed class MessageReader
{
    private readonly ChatText _chatText;
    private readonly PhraseIndex<Subject> _subjects = new();
    private readonly PhraseIndex<Cue> _cues = new();
    private readonly Dictionary<string, PhraseIndex<Cue>> _answers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _routing;

    public MessageReader(ContentCatalog content)
    {
        ArgumentNullException.ThrowIfNull(content);
        _chatText = new ChatText(content.Shorthand);
        _routing = content.Procedures.Where(p => p.Kind == ProcedureKind.Routing).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var procedure in content.Procedures)
        {
            var subject = new Subject(false, procedure.Id);
            foreach (var phrase in procedure.Keywords.Append(procedure.Name).Append(procedure.ShortName))
            {
                _subjects.Add(_chatText.Words(phrase), subject);
            }

            // Each procedure's answers are looked for apart: "thời hạn" is a deadline for a death, a validity for a copy.
            var answers = new PhraseIndex<Cue>();
            foreach (var answer in procedure.Answers)
            {
                foreach (var ask in answer.Asks)
                {
                    answers.Add(_chatText.Words(ask), new Cue(answer.Kind, procedure.Id, answer.Id));
                }
            }

            _answers[procedure.Id] = answers;
        }

        foreach (var topic in content.Topics.OutOfScope)
        {
            foreach (var keyword in topic.Keywords)
            {
                _subjects.Add(_chatText.Words(keyword), new Subject(true, topic.Id));
            }
        }

        foreach (var (kind, phrases) in content.Topics.Cues)
        {
            foreach (var phrase in phrases)
            {
                _cues.Add(_chatText.Words(phrase), new Cue(kind));
            }
        }
    }

    /// <summary>The message's words, folded and with shorthand expanded, as every matcher of the bot reads them.</summary>
    public IReadOnlyList<string> Words(string text) => _chatText.Words(text);

    public Meaning Read(string text, DialogueContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        var raw = text.Normalize(NormalizationForm.FormC);
        var words = _chatText.Words(raw);
        var subjects = _subjects.Find(words);
        var cues = _cues.Find(words).Where(c => !subjects.Any(s => Inside(c, s))).ToList();

        var procedures = subjects.Where(s => !s.Target.IsTopic).Select(s => s.Target.Id).Distinct(StringComparer.Ordinal).ToList();
        var topics = subjects.Where(s => s.Target.IsTopic).Select(s => s.Target.Id).Distinct(StringComparer.Ordinal).ToList();
        var kinds = cues.Select(c => c.Target.Kind).ToList();
        var requests = new List<Request>();

        if (DeathMention.FoundIn(words))
        {
            requests.Add(new Request(RequestKind.Sorrow));
            if (procedures.Count == 0 && !topics.Contains("cat-khau"))
            {
                procedures.Add("khai-tu");
            }
        }

        // A copy of an extract is one procedure: "bản sao trích lục kết hôn" does not also ask to marry.
        if (procedures.Contains("ban-sao-trich-luc"))
        {
            procedures.RemoveAll(p => p is "ket-hon" or "khai-tu");
        }

        var answers = Answers(words, procedures.Count > 0 ? procedures : context.ProcedureId is { } onScreen ? [onScreen] : []);
        if (procedures.Count == 0 && context.ProcedureId is null && answers.Select(a => a.ProcedureId).Distinct().Count() == 1)
        {
            // A procedure's own question names it: "lăn tay ngón nào" is about signature certification.
            procedures.Add(answers[0].ProcedureId!);
        }

        if (answers.Count > 0)
        {
            // "kết hôn còn cần giấy độc thân không" is answered by the marriage file, not the out-of-scope topic.
            topics.Remove("giay-doc-than");
            cues.RemoveAll(c => answers.Any(a => a.Kind == c.Target.Kind));
            cues.AddRange(answers.Select(a => new PhraseMatch<Cue>(a, 0, 0)));
        }

        var asked = ProcedureKinds(kinds, words);
        AddProcedureRequests(requests, procedures, asked, cues, context);
        requests.AddRange(topics.Select(t => new Request(RequestKind.Topic, Detail: t)));
        AddDeskRequests(requests, kinds, raw, words, procedures, context);

        if (requests.Any(r => r.Kind is not (RequestKind.Greeting or RequestKind.Ack)))
        {
            requests.RemoveAll(r => r.Kind is RequestKind.Greeting or RequestKind.Ack);
        }

        if (requests.Count == 0)
        {
            requests.Add(new Request(RequestKind.Unknown));
        }

        return new Meaning(Order(requests), words);
    }

    /// <summary>The answers of the procedures asked about; with none named or on screen, of any procedure (only one may match).</summary>
    private List<Cue> Answers(IReadOnlyList<string> words, List<string> procedures)
    {
        var searched = procedures.Count > 0 ? procedures.Where(_answers.ContainsKey) : _answers.Keys;
        var found = searched.SelectMany(id => _answers[id].Find(words).Select(m => m.Target)).ToList();
        return procedures.Count > 0 || found.Select(a => a.ProcedureId).Distinct().Count() <= 1 ? found : [];
    }

    private static List<RequestKind> ProcedureKinds(List<RequestKind> kinds, IReadOnlyList<string> words)
    {
        var asked = kinds.Where(IsProcedurePart).Distinct().ToList();

        // "mấy giờ hết nhận hồ sơ", "3 rưỡi còn kịp không" ask about the cut-off, not the processing time.
        if (kinds.Contains(RequestKind.Cutoff) || DayMention.NamesClockTime(words))
        {
            asked.Remove(RequestKind.Duration);
        }

        return asked;
    }

    private void AddProcedureRequests(List<Request> requests, List<string> procedures, List<RequestKind> asked, List<PhraseMatch<Cue>> cues, DialogueContext context)
    {
        var answers = cues.Where(c => c.Target.AnswerId is not null).Select(c => c.Target).ToList();
        var targets = procedures.Count > 0 ? procedures
            : asked.Count > 0 && context.ProcedureId is { } current ? [current]
            : [];

        if (targets.Count == 0)
        {
            // No procedure named or on screen: the aspect alone ("bao nhiêu tiền?", "nộp ở đâu").
            requests.AddRange(asked.Where(k => k is not RequestKind.Detail).Select(k => new Request(k)));
            return;
        }

        foreach (var procedure in targets)
        {
            var own = answers.Where(a => a.ProcedureId == procedure).ToList();
            var kinds = asked.Where(k => !own.Any(a => a.Kind == k) || k == RequestKind.Detail).ToList();
            if (_routing.Contains(procedure))
            {
                // The confirmations card routes to other places: what it is asked is answered by its routes.
                kinds.RemoveAll(k => k is RequestKind.Detail);
            }

            foreach (var answer in own)
            {
                requests.Add(new Request(answer.Kind, procedure, answer.AnswerId));
            }

            foreach (var kind in kinds.Where(k => k != RequestKind.Detail || own.Count == 0))
            {
                requests.Add(new Request(kind, procedure));
            }

            if (own.Count == 0 && kinds.Count == 0)
            {
                requests.Add(new Request(RequestKind.Overview, procedure));
            }
        }
    }

    private static void AddDeskRequests(List<Request> requests, List<RequestKind> kinds, string raw, IReadOnlyList<string> words, List<string> procedures, DialogueContext context)
    {
        var desk = kinds.Where(k => !IsProcedurePart(k)).Distinct().ToList();
        var namesDay = DayMention.NamesDay(raw, words);
        var clock = DayMention.NamesClockTime(words);

        // "có làm không" asks about a day only when a day is named; "thứ 4 tuần sau ngày mấy" is a day on its own.
        if (desk.Contains(RequestKind.Day) && !namesDay)
        {
            desk.Remove(RequestKind.Day);
        }

        if (clock && !desk.Contains(RequestKind.Hours))
        {
            desk.Add(RequestKind.Cutoff);
        }

        if (desk.Contains(RequestKind.Cutoff))
        {
            desk.Remove(RequestKind.Hours);
        }

        if (namesDay && !desk.Contains(RequestKind.Day) && !desk.Contains(RequestKind.Wednesday) && !desk.Contains(RequestKind.Cutoff)
            && requests.Count == 0 && desk.All(k => k is RequestKind.Greeting or RequestKind.Ack or RequestKind.Hours))
        {
            desk.Add(RequestKind.Day);
        }

        // "hủy đăng ký kết hôn" asks about a procedure; it does not stop notices.
        if (procedures.Count > 0)
        {
            desk.Remove(RequestKind.Subscribe);
            desk.Remove(RequestKind.Unsubscribe);
        }

        foreach (var kind in desk)
        {
            // The procedure a cut-off, a reminder or a dossier check is about ("kết hôn 3 giờ chiều còn kịp không").
            var procedure = kind is RequestKind.Cutoff or RequestKind.Reminder or RequestKind.Checklist
                ? procedures.Count == 1 ? procedures[0] : procedures.Count == 0 && kind != RequestKind.Cutoff ? context.ProcedureId : null
                : null;
            requests.Add(new Request(kind, procedure));
        }
    }

    /// <summary>The main request first: grief is acknowledged before anything, then what was asked to be done, then the facts, then the calendar.</summary>
    private static List<Request> Order(List<Request> requests) =>
        requests.Distinct().OrderBy(r => Rank(r.Kind)).ToList();

    private static int Rank(RequestKind kind) => kind switch
    {
        RequestKind.Sorrow => 0,
        RequestKind.Anger => 1,
        RequestKind.DeleteData or RequestKind.Unsubscribe => 2,
        RequestKind.Handover => 3,
        RequestKind.Documents or RequestKind.Overview => 4,
        _ when IsProcedurePart(kind) => 5,
        RequestKind.Topic => 6,
        RequestKind.Status => 7,
        RequestKind.Checklist => 8,
        RequestKind.Cutoff or RequestKind.Day or RequestKind.Wednesday or RequestKind.Hours => 9,
        RequestKind.Contact or RequestKind.Merger => 10,
        RequestKind.Reminder or RequestKind.Subscribe => 11,
        RequestKind.Feedback or RequestKind.Survey => 12,
        _ => 13,
    };

    public static bool IsProcedurePart(RequestKind kind) => kind <= RequestKind.Detail;

    private static bool Inside<TA, TB>(PhraseMatch<TA> inner, PhraseMatch<TB> outer) =>
        inner.Start >= outer.Start && inner.Start + inner.Length <= outer.Start + outer.Length;
}
