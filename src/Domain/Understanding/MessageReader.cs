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
/// Measured against the labelled corpus in tests/Bot.Tests/Understanding/Corpus.
/// </summary>
public sealed class MessageReader
{
    private readonly ChatText _chatText;
    private readonly PhraseIndex<Subject> _subjects = new();
    private readonly PhraseIndex<Cue> _cues = new();
    private readonly Dictionary<string, PhraseIndex<Cue>> _answers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _routing;
    private readonly KindModel? _model;

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
                _cues.Add(Nouns(_chatText.Words(phrase)), new Cue(kind));
            }
        }

        _model = content.Examples.Count == 0 ? null : ModelCache.For(content.Examples, examples => KindModel.Train(examples
            .Select(e => ((IReadOnlyList<string>)MessageFeatures.Of(ReadByRules(e.Message, new DialogueContext(e.ContextProcedure))),
                (IReadOnlySet<RequestKind>)e.Labels.Select(l => RequestLabels.Parse(l)!.Kind).ToHashSet()))
            .ToList()));
    }

    /// <summary>The message's words, folded and with shorthand expanded, as every matcher of the bot reads them.</summary>
    public IReadOnlyList<string> Words(string text) => _chatText.Words(text);

    /// <summary>What a message asks, read against the procedure on screen.</summary>
    public Meaning Read(string text, DialogueContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        var reading = ReadByRules(text, context);
        var meaning = _model is null ? reading.Meaning : ModelReading.Combine(reading, _model.Predict(MessageFeatures.Of(reading)));
        return FinalReading.Of(meaning);
    }

    /// <summary>What the rules alone read, with what they found on the way: the model's input and its fallback.</summary>
    internal RuleReading ReadByRules(string text, DialogueContext context)
    {
        var raw = text.Normalize(NormalizationForm.FormC);
        var words = _chatText.Words(raw);
        var subjects = SubjectRules.WithoutAccountForOnline(SubjectRules.WithoutPurposes(_subjects.Find(words), words), words);
        var cues = _cues.Find(Nouns(words)).Where(c => !subjects.Any(s => Inside(c, s))).ToList();
        var procedures = subjects.Where(s => !s.Target.IsTopic).Select(s => s.Target.Id).Distinct(StringComparer.Ordinal).ToList();
        var topics = subjects.Where(s => s.Target.IsTopic).Select(s => s.Target.Id).Distinct(StringComparer.Ordinal).ToList();
        var grieving = DeathMention.FoundIn(words);
        cues.RemoveAll(c => CueRules.Misleads(words, c, grieving));
        var cueKinds = cues.Select(c => c.Target.Kind).Distinct().ToList();
        var requests = new List<Request>();
        if (grieving)
        {
            requests.Add(new Request(RequestKind.Sorrow));
        }

        CertificationRules.Apply(words, procedures, topics, context.ProcedureId);
        ReadingRules.Copies(words, procedures, topics, context.ProcedureId, SeparateExtractCopy(subjects, words));
        ReadingRules.Corrections(words, procedures, topics);
        ReadingRules.Overlaps(words, procedures, topics);
        var namedTopics = topics.ToList();
        var proxyOnly = subjects.Any(m => m.Target.Id == ReadingRules.SignatureProcedure) && subjects.Where(m => m.Target.Id == ReadingRules.SignatureProcedure)
            .All(m => string.Join(' ', words.Skip(m.Start).Take(m.Length)).Contains("uy quyen", StringComparison.Ordinal));
        var proxyInstead = proxyOnly && procedures.Contains(ReadingRules.SignatureProcedure)
            && (procedures.Count > 1 || (context.ProcedureId is { } shown && shown != ReadingRules.SignatureProcedure));
        if (proxyInstead)
        {
            // "khai tử có cần giấy ủy quyền không": who may file for the death registration, not a signature to certify.
            procedures.Remove(ReadingRules.SignatureProcedure);
        }

        if (grieving && procedures.Count == 0 && !topics.Contains(ReadingRules.AfterDeathTopic))
        {
            procedures.Add(ReadingRules.DeathProcedure);
        }

        var onScreen = context.ProcedureId is { } id && _answers.ContainsKey(id) ? id : null;
        var topicFromContext = procedures.Count == 0 && topics.Count == 0 && onScreen is null && context.TopicId is not null
            && cues.Any(c => IsProcedurePart(c.Target.Kind));
        if (topicFromContext)
        {
            // "hết hạn chưa" after the birth-registration topic is about it, not about whichever procedure's answer says "hết hạn".
            topics.Add(context.TopicId!);
        }

        // After a death, the death registration's own questions are looked for even beside a topic ("báo xã liền
        // không … lãnh tiền mai táng"), and only its own.
        var answerMatches = procedures.Count == 0 && onScreen is null && topics.Count > 0 && !grieving ? []
            : Answers(words, procedures.Count > 0 ? procedures : onScreen is not null ? [onScreen] : grieving ? [ReadingRules.DeathProcedure] : []);
        var answers = answerMatches.Select(a => a.Target).ToList();

        // A generic cue inside the phrase of a procedure's own question is part of that question.
        cues.RemoveAll(c => answerMatches.Any(a => Overlaps(c, a)));
        if (procedures.Count == 0 && onScreen is null && (topics.Count == 0 || grieving) && answers.Count > 0)
        {
            // A procedure's own question names it: "lăn tay ngón nào" is about signature certification.
            procedures.Add(answers[0].ProcedureId!);
        }

        var kinds = cues.Select(c => c.Target.Kind).Where(k => !answers.Any(a => a.Kind == k)).ToList();
        if (proxyInstead && !kinds.Contains(RequestKind.InPerson))
        {
            kinds.Add(RequestKind.InPerson);
        }

        ReadingRules.Topics(procedures, topics, onScreen, answers.Count > 0, kinds);
        ReadingRules.SameDay(words, kinds);
        ReadingRules.Feedback(raw, words, kinds, procedures);
        ReadingRules.PlaceOfSomethingElse(kinds, procedures, topics);

        if (ReadingRules.CountsItems(words) && (procedures.Count > 0 || onScreen is not null) && !kinds.Contains(RequestKind.Fee))
        {
            kinds.Add(RequestKind.Fee);
        }

        var asked = ProcedureKinds(kinds, words);
        var rest = words.Where((_, i) => !subjects.Any(s => i >= s.Start && i < s.Start + s.Length)).ToList();
        if (asked.Count == 0 && answers.Count == 0 && (procedures.Count > 0 || onScreen is not null) && ReadingRules.AsksAboutIt(raw, rest, kinds))
        {
            // A question about the procedure that none of its parts answers: a detail, answered honestly.
            asked.Add(ReadingRules.OverviewOrDetail(raw, rest));
        }

        var cutoff = kinds.Contains(RequestKind.Cutoff) || DayMention.NamesClockTime(words);
        requests.AddRange(topics.Select(t => new Request(RequestKind.Topic, Detail: t)));
        AddProcedureRequests(requests, procedures, asked, answers, cutoff ? null : onScreen, overview: !cutoff, topicNamed: topics.Count > 0);
        DeskRequests.Add(requests, kinds, raw, words, procedures, context);

        if (requests.Any(r => r.Kind is not (RequestKind.Greeting or RequestKind.Ack)))
        {
            requests.RemoveAll(r => r.Kind is RequestKind.Greeting or RequestKind.Ack);
        }

        if (requests.Count == 0)
        {
            requests.Add(new Request(RequestKind.Unknown));
        }

        return new RuleReading(new Meaning(RequestOrder.Of(requests), words), raw, words, procedures, namedTopics, topics, answers, cueKinds, onScreen, grieving, cutoff, topicFromContext);
    }

    /// <summary>
    /// "sao y bằng với xin bản sao khai sinh": an extract's copy named in words of its own, apart from the certified
    /// copy's, is asked for too ("chứng thực bản sao giấy khai sinh" is one certified copy).
    /// </summary>
    private static bool SeparateExtractCopy(IReadOnlyList<PhraseMatch<Subject>> subjects, IReadOnlyList<string> words) =>
        subjects.Any(s => s.Target.Id == ReadingRules.CopyProcedure
            && string.Join(' ', words.Skip(s.Start).Take(s.Length)) is var said && (said.Contains("ban sao", StringComparison.Ordinal) || said.Contains("trich luc", StringComparison.Ordinal))
            && !subjects.Any(o => o.Target.Id == ReadingRules.CertifiedCopyProcedure && Overlaps(s, o)));

    /// <summary>The answers of the procedures asked about; with none named or on screen, of any procedure (only one may match).</summary>
    private List<PhraseMatch<Cue>> Answers(IReadOnlyList<string> words, List<string> procedures)
    {
        var searched = procedures.Count > 0 ? procedures.Where(_answers.ContainsKey) : _answers.Keys;
        var found = searched.SelectMany(id => _answers[id].Find(words)).ToList();
        return procedures.Count > 0 || found.Select(a => a.Target.ProcedureId).Distinct().Count() <= 1 ? found : [];
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

    private void AddProcedureRequests(List<Request> requests, List<string> procedures, List<RequestKind> asked, List<Cue> answers, string? onScreen, bool overview, bool topicNamed)
    {
        var targets = procedures.Count > 0 ? procedures
            : (asked.Count > 0 || answers.Count > 0) && onScreen is not null ? [onScreen]
            : [];

        if (targets.Count == 0)
        {
            // No procedure named or on screen: the part alone ("bao nhiêu tiền?", "nộp ở đâu"), unless a topic the bot
            // does not cover is what it is about ("làm căn cước ở đâu": the topic's own answer says where).
            if (requests.Count > 0 && topicNamed)
            {
                return;
            }

            requests.AddRange(asked.Where(k => k is not (RequestKind.Detail or RequestKind.Overview)).Select(k => new Request(k)));
            return;
        }

        foreach (var procedure in targets)
        {
            var own = answers.Where(a => a.ProcedureId == procedure).ToList();
            foreach (var answer in own)
            {
                requests.Add(new Request(answer.Kind, procedure, answer.AnswerId));
            }

            var kinds = asked.Where(k => !own.Any(a => a.Kind == k)).ToList();
            if (own.Count > 0)
            {
                kinds.RemoveAll(k => k is RequestKind.Detail or RequestKind.Overview);
            }

            if (_routing.Contains(procedure))
            {
                // The confirmations card routes to other places: what it is asked is answered by its routes.
                kinds.RemoveAll(k => k is RequestKind.Detail);
            }

            requests.AddRange(kinds.Select(k => new Request(k, procedure)));
            if (own.Count == 0 && kinds.Count == 0 && overview)
            {
                requests.Add(new Request(RequestKind.Overview, procedure));
            }
        }
    }

    public static bool IsProcedurePart(RequestKind kind) => kind <= RequestKind.Detail;

    /// <summary>
    /// "hồ" of "hồ sơ", "hộ khẩu", "hộ tịch" is not "hộ" (on someone's behalf): "nộp hồ sơ" must not read as "nộp hộ".
    /// The word is marked for the cues only, so every position stays the same.
    /// </summary>
    private static string[] Nouns(IReadOnlyList<string> words)
    {
        var marked = words.ToArray();
        for (var i = 0; i + 1 < marked.Length; i++)
        {
            if (marked[i] == "ho" && marked[i + 1] is "so" or "khau" or "tich" or "ngheo" or "chieu" or "ten" or "gia" or "dan")
            {
                marked[i] = "ho'";
            }
        }

        return marked;
    }

    private static bool Overlaps<TA, TB>(PhraseMatch<TA> a, PhraseMatch<TB> b) =>
        a.Start < b.Start + b.Length && b.Start < a.Start + a.Length;

    private static bool Inside<TA, TB>(PhraseMatch<TA> inner, PhraseMatch<TB> outer) =>
        inner.Start >= outer.Start && inner.Start + inner.Length <= outer.Start + outer.Length;
}
