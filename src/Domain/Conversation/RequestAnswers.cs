using OneStop.Domain.Content;
using OneStop.Domain.Procedures;
using OneStop.Domain.Understanding;

namespace OneStop.Domain.Conversation;

/// <summary>
/// Answers what <see cref="MessageReader"/> understood, in one reply: a word for grief or anger first, the main
/// request answered in full, then a short line (or a button) for each other request, so nothing the citizen asked
/// is dropped and a side remark never takes over. Features answer the requests they own (a procedure's parts are
/// the procedure feature's, last of them); the rest is here.
/// </summary>
internal sealed class RequestAnswers
{
    private const string FallbackCountKey = "fallbacks";

    /// <summary>The keys said here; "also.&lt;request&gt;" labels are optional (a request without one is not offered as a button).</summary>
    public static readonly IReadOnlyList<string> MessageKeys =
    [
        "feeling.sorrow", "feeling.anger", "feeling.sorry", "feeling.anger.alone", "feeling.anger.trips", "feedback.trips", "online.cannot", "ack", "thanks", "status.info", "status.code", "merger.info",
        "also.intro", "also.button", "feedback.thanks", "feedback.complaint", "topic.again", "fee.total", "fallback", "fallback.again", "fallback.guess", "button.handover", "button.survey",
    ];

    private readonly ContentCatalog _content;
    private readonly StepRenderer _render;
    private readonly IReadOnlyList<IConversationFeature> _features;
    private readonly EngineActions _engine;
    private readonly FallbackGuesses _guesses;
    private readonly Mentions _mentions;
    private readonly WhichProcedure _which;

    public RequestAnswers(ContentCatalog content, StepRenderer render, IReadOnlyList<IConversationFeature> features, ProcedureFeature procedures, EngineActions engine)
    {
        _content = content;
        _render = render;
        _features = features;
        _engine = engine;
        _guesses = new FallbackGuesses(content);
        _mentions = new Mentions(content, render, features, procedures);
        _which = new WhichProcedure(content, render);
    }

    private const string SorrowSaidKey = "said.sorrow";

    public void Answer(ConversationTurn turn, Meaning meaning)
    {
        var requests = meaning.Requests.ToList();
        var leads = new List<string>();
        var buttons = new List<ReplyButton>();
        if (requests.RemoveAll(r => r.Kind == RequestKind.Sorrow) > 0)
        {
            if (!SaidSorrowLately(turn))
            {
                // Condolences once: said again at every message of the same story, they read as a formula.
                leads.Add(_render.Say("feeling.sorrow"));
                turn.Session.Data[SorrowSaidKey] = turn.Now.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
            }

            if (requests.All(r => r.Kind == RequestKind.Unknown) && _content.FindProcedure(ReadingRules.DeathProcedure) is not null)
            {
                // Grief with no question: what the family will need is the death registration.
                requests = [new Request(RequestKind.Overview, ReadingRules.DeathProcedure)];
            }
        }

        var angry = requests.RemoveAll(r => r.Kind == RequestKind.Anger) > 0;
        if (angry && requests.All(r => r.Kind is RequestKind.Unknown or RequestKind.Handover) && !requests.Any(r => r.Kind == RequestKind.Handover))
        {
            Remember(turn, fallback: false);
            if (ComplaintRules.WastedTrips(meaning.Words))
            {
                // "lên xã 2 lần rồi mà lần nào cũng thiếu giấy": the dossier check is what spares a third trip.
                turn.Say(new Reply($"{_render.Say("feeling.anger.alone")}\n{_render.Say("feeling.anger.trips")}", [[HandoverButton()], [CheckButton(requests)], .. _render.MenuOnly()]));
                return;
            }

            turn.Say(new Reply(_render.Say("feeling.anger.alone"), [[HandoverButton()], .. _render.MenuOnly()]));
            return;
        }

        if (angry)
        {
            var toPerson = requests.Any(r => r.Kind == RequestKind.Handover);
            leads.Add(_render.Say(toPerson ? "feeling.sorry" : "feeling.anger"));
            if (!toPerson)
            {
                buttons.Add(HandoverButton());
            }
        }

        if (requests.Any(r => r.Kind == RequestKind.Feedback) && requests.Any(r => r.Kind is not (RequestKind.Feedback or RequestKind.Unknown))
            && (ComplaintRules.TripsComplaint(meaning.Words) || FeedbackTone.IsUnhappy(meaning.Words)))
        {
            // "lên 3 lần vẫn chưa xong, giờ cần mang gì nữa": sorry first, then the question answered, not a survey offer.
            requests.RemoveAll(r => r.Kind == RequestKind.Feedback);
            leads.Add(_render.Say(ComplaintRules.WastedTrips(meaning.Words) ? "feedback.trips" : "feeling.sorry"));
            if (!angry)
            {
                buttons.Add(HandoverButton());
            }

            if (ComplaintRules.WastedTrips(meaning.Words))
            {
                buttons.Add(CheckButton(requests));
            }
        }

        if (requests.Count == 0)
        {
            requests.Add(new Request(RequestKind.Unknown));
        }

        if (requests[0].Kind == RequestKind.Online && Online.CannotGoOnline.Said(meaning.Words))
        {
            leads.Add(_render.Say("online.cannot"));
        }

        var start = turn.Replies.Count;
        var main = requests[0];
        var same = requests.Where(r => r.Kind == main.Kind && r.ProcedureId is not null && MessageReader.IsProcedurePart(r.Kind))
            .Select(r => r.ProcedureId!).Distinct().ToList();
        if (same.Count > 1)
        {
            // The same question about two procedures ("khai tử và kết hôn cần gì"): which one first, or a short part of each.
            _which.Ask(turn, same, ProcedureReplies.AspectOf(main.Kind));
            requests.RemoveAll(r => r.Kind == main.Kind && same.Contains(r.ProcedureId!));
            requests.Insert(0, main);
        }

        if (main.Kind is not (RequestKind.Topic or RequestKind.Unknown or RequestKind.Ack or RequestKind.Greeting))
        {
            // Another subject now; a word the bot did not get, or an "ok", keeps the topic for the next question.
            TopicAsked.Forget(turn);
        }

        var fullCard = same.Count <= 1 && Respond(turn, main, meaning);
        var lines = new List<string>();
        foreach (var other in requests.Skip(1))
        {
            _mentions.Add(turn, other, same.Count > 1 ? main with { ProcedureId = null } : main, fullCard, lines, buttons);
        }

        _mentions.Compose(turn, start, leads, lines, buttons);
    }

    /// <summary>A request offered earlier as a button ("q:reminder"), pressed now.</summary>
    public void AnswerPressed(ConversationTurn turn, Request request) => Respond(turn, request, new Meaning([request], []));

    /// <summary>Answers the main request; true when that answer was a procedure's whole card (its parts need no line).</summary>
    private bool Respond(ConversationTurn turn, Request request, Meaning meaning)
    {
        Remember(turn, fallback: request.Kind == RequestKind.Unknown);
        // The procedure feature is the last of them: a part of a procedure is answered there, after the features that own a request.
        turn.WholeCardShown = false;
        if (_features.Any(f => f.TryAnswer(turn, request)))
        {
            return turn.WholeCardShown;
        }

        switch (request.Kind)
        {
            case RequestKind.Place:
                GoTo(turn, "office");
                break;
            case RequestKind.Writing:
                GoTo(turn, "writing");
                break;
            case RequestKind.Online or RequestKind.Post:
                GoTo(turn, "online");
                break;
            case RequestKind.Contact:
                // The office page says the phone and the address (or honestly that they are not confirmed yet).
                GoTo(turn, "office");
                break;
            case RequestKind.Survey:
                GoTo(turn, "survey");
                break;
            case RequestKind.Topic:
                var topic = _content.Topics.OutOfScope.First(t => t.Id == request.Detail);
                // A follow-up about the same topic ("hết hạn chưa") gets a short word, not the same paragraph again.
                var again = TopicAsked.Recent(turn) == topic.Id;
                TopicAsked.Remember(turn, topic.Id);
                var said = again ? _render.Say("topic.again") : $"{topic.Fact.Text}\n\n{_render.Say("topic.more")}";
                turn.Say(new Reply(said, [[HandoverButton()], .. _render.MenuOnly()]));
                break;
            case RequestKind.Status:
                turn.Say(new Reply(StatusText(turn), [[HandoverButton()], .. _render.MenuOnly()]));
                break;
            case RequestKind.Merger:
                turn.Say(new Reply(_render.Say("merger.info"), [[new ReplyButton(_render.Say("button.procedures"), ButtonPress.Flow("to-procedures"))], .. _render.MenuOnly()]));
                break;
            case RequestKind.DeleteData when PrivacyQuestion.Asked(meaning.Words):
                GoTo(turn, "privacy");
                break;
            case RequestKind.DeleteData:
                _engine.Command(turn, GlobalCommand.DeleteData);
                break;
            case RequestKind.Handover:
                Handover(turn);
                break;
            case RequestKind.Feedback when ComplaintRules.WastedTrips(meaning.Words):
                // "lên xã 2 lần rồi mà lần nào cũng bảo thiếu": sorry, and the dossier check that spares a third trip.
                var trips = $"{_render.Say("feedback.trips")}\n{_render.Say("feeling.anger.trips")}";
                turn.Say(new Reply(trips, [[HandoverButton()], [CheckButton([request])], [SurveyButton()], .. _render.MenuOnly()]));
                break;
            case RequestKind.Feedback:
                var unhappy = FeedbackTone.IsUnhappy(meaning.Words);
                List<IReadOnlyList<ReplyButton>> rows = unhappy ? [[HandoverButton()], [SurveyButton()]] : [[SurveyButton()]];
                turn.Say(new Reply(_render.Say(unhappy ? "feedback.complaint" : "feedback.thanks"), [.. rows, .. _render.MenuOnly()]));
                break;
            case RequestKind.Ack:
                turn.Say(new Reply(_render.Say(FeedbackTone.IsThanks(meaning.Words) ? "thanks" : "ack"), _render.MenuOnly()));
                break;
            case RequestKind.Greeting:
                turn.Machine.Fire(Triggers.Menu);
                turn.Say(_render.Welcome(withMenu: true));
                turn.Welcomed = true;
                break;
            default:
                Fallback(turn, meaning);
                break;
        }

        return false;
    }

    private void Fallback(ConversationTurn turn, Meaning meaning)
    {
        var again = turn.Session.Data.TryGetValue(FallbackCountKey, out var count) && count != "0";
        turn.Session.Data[FallbackCountKey] = "1";
        var rows = _guesses.For(meaning.Words)
            .Select(p => (IReadOnlyList<ReplyButton>)[new ReplyButton(p.ShortName, ButtonPress.Procedure(p.Id))])
            .ToList();
        rows.Add([HandoverButton()]);
        rows.Add([new ReplyButton(_render.Say("button.procedures"), ButtonPress.Flow("to-procedures")), new ReplyButton(_render.Say("button.menu"), ButtonPress.Menu)]);
        var text = again ? _render.Say("fallback.again") : _render.Say("fallback");
        if (rows.Count > 2)
        {
            text += $"\n\n{_render.Say("fallback.guess")}";
        }

        turn.Say(new Reply(text, rows));
    }

    private static void Remember(ConversationTurn turn, bool fallback)
    {
        if (!fallback)
        {
            turn.Session.Data.Remove(FallbackCountKey);
        }
    }

    private string StatusText(ConversationTurn turn)
    {
        var text = _render.Say("status.info");
        return DossierCode.Find(turn.Incoming.Text) is { } code
            ? $"{_render.Say("status.code", new Dictionary<string, string> { ["code"] = code })}\n\n{text}"
            : text;
    }

    private void Handover(ConversationTurn turn) => _engine.Press(turn, HandoverPayload.Ask);

    private void GoTo(ConversationTurn turn, string step)
    {
        if (_content.Flow.AllButtons().FirstOrDefault(b => b.To == step) is { } button && turn.Machine.CanFire(button.Id))
        {
            turn.Machine.Fire(button.Id);
        }
        else
        {
            turn.Machine.GoTo(step);
        }

        turn.Say(_engine.Show(turn));
    }

    private ReplyButton HandoverButton() => new(_render.Say("button.handover"), HandoverPayload.Ask);

    /// <summary>"Kiểm tra hồ sơ còn thiếu gì", for the one procedure asked about if there is one.</summary>
    private ReplyButton CheckButton(IEnumerable<Request> requests)
    {
        var procedures = requests.Select(r => r.ProcedureId).OfType<string>().Distinct().ToList();
        return new(_render.Say("also.checklist"), ButtonPress.Ask(new Request(RequestKind.Checklist, procedures.Count == 1 ? procedures[0] : null)));
    }

    private ReplyButton SurveyButton() => new(_render.Say("button.survey"), ButtonPress.Flow("to-survey"));

    /// <summary>True when condolences were said in this chat within the last week.</summary>
    private static bool SaidSorrowLately(ConversationTurn turn) =>
        turn.Session.Data.TryGetValue(SorrowSaidKey, out var said)
        && DateTimeOffset.TryParse(said, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var at)
        && turn.Now - at < TimeSpan.FromDays(7);
}
