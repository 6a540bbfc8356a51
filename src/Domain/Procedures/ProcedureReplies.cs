using OneStop.Domain.Content;
using OneStop.Domain.Conversation;
using OneStop.Domain.Understanding;

namespace OneStop.Domain.Procedures;

/// <summary>
/// Answers a question about one procedure. A first question gets the card with the part asked first; a follow-up
/// about the card on screen gets only that part, never the same long card again; a specific question (a deadline,
/// a copy's validity, a detail) gets its answer from the procedure file, or an honest "em chưa có thông tin này".
/// </summary>
internal sealed class ProcedureReplies(ContentCatalog content, StepRenderer render, FeatureCards cards, Func<ConversationTurn, Reply> show)
{
    /// <summary>Answers; true when the answer was the whole card, so the other parts asked need no line of their own.</summary>
    public bool Respond(ConversationTurn turn, Procedure procedure, Request request)
    {
        var onScreen = turn.Session.State == Flow.ProcedureStep && turn.Session.ProcedureId == procedure.Id;
        // Its card seen a moment ago, before a question about a Wednesday: a part asked now is a follow-up, not a first question.
        var seen = onScreen || ProcedureAsked.Recent(turn) == procedure.Id;
        if (request.Detail is not null || request.Kind is RequestKind.Deadline or RequestKind.Validity or RequestKind.Detail)
        {
            var answer = Find(procedure, request);
            if (answer is null && request.Kind == RequestKind.Detail && !seen && procedure.Kind != ProcedureKind.Routing)
            {
                // A first question the files do not answer ("gấp trong tuần này được không"): "em chưa có thông tin"
                // alone leaves the citizen with nothing; the card says what is known, and an official the rest.
                turn.Machine.OpenProcedure(procedure.Id, null);
                var card = cards.Card(turn, procedure, null);
                var handover = new ReplyButton(render.Say("button.handover"), HandoverPayload.Ask);
                turn.Say(card with { Text = $"{render.Say("answer.unknown.card")}\n\n{card.Text}", Buttons = [[handover], .. card.Buttons] });
                return false;
            }

            turn.Machine.OpenProcedure(procedure.Id, null);
            var text = answer?.Fact.Text ?? render.Say(Unknown(request.Kind));
            var reply = render.Card.Detail(procedure, Aspect.Documents);
            // Most specific answers end with "hỏi cán bộ" for the case at hand: the way to an official is always one press away.
            List<IReadOnlyList<ReplyButton>> rows = [[new ReplyButton(render.Say("button.handover"), HandoverPayload.Ask)]];
            turn.Say(new Reply($"{procedure.Name}\n\n{text}", [.. rows, .. reply.Buttons]));
            return false;
        }

        var aspect = AspectOf(request.Kind);
        if (onScreen && aspect is null && request.Kind == RequestKind.Overview && procedure.Kind != ProcedureKind.Routing
            && turn.Session.Aspect is null)
        {
            // The same long card twice in a row helps nobody: point to it and to its parts.
            // Its closing lines (the next same-day day) are said again: they may have changed since.
            var card = cards.Card(turn, procedure, null);
            var again = render.Say("card.again", new Dictionary<string, string> { ["name"] = procedure.Name });
            turn.Say(card with { Text = string.Join("\n\n", cards.Footers(turn, procedure).Prepend(again)) });
            return false;
        }

        if (procedure.Kind == ProcedureKind.Routing && aspect is { } routed && routed != Aspect.Place)
        {
            // "xác nhận đơn xin việc mất bao lâu": the routing card again would not answer; its own part says it per route.
            turn.Machine.OpenProcedure(procedure.Id, routed);
            turn.Say(show(turn));
            return false;
        }

        if (seen && aspect is { } part && procedure.Kind != ProcedureKind.Routing)
        {
            turn.Machine.OpenProcedure(procedure.Id, part);
            turn.Say(show(turn));
            return false;
        }

        turn.Machine.OpenProcedure(procedure.Id, null);
        turn.Say(cards.Card(turn, procedure, aspect));
        return true;
    }

    /// <summary>A part of the same procedure asked second: a line when the card does not already show it.</summary>
    public string? Line(Procedure procedure, Request request, bool cardShown) => request.Kind switch
    {
        _ when request.Detail is not null => Find(procedure, request)?.Fact.Text,
        // "bao nhiêu tiền, mất bao lâu" after the card: the first part is shown, the second is a line, not dropped.
        _ when !cardShown && AspectOf(request.Kind) is { } part && part is not (Aspect.Place or Aspect.Post) => render.Card.Part(procedure, part),
        RequestKind.Deadline or RequestKind.Validity or RequestKind.Detail => Find(procedure, request)?.Fact.Text ?? render.Say(Unknown(request.Kind)),
        RequestKind.Place => $"{render.Say("card.place")} {MessageCatalog.Fill(content.Messages["card.place.office"], render.Values)}{(procedure.Place is { } place ? " " + place.Text : "")}",
        RequestKind.Post => $"{render.Say("card.post")} {procedure.Postal.Fact.Text}",
        _ => null,
    };

    public static Aspect? AspectOf(RequestKind kind) => kind switch
    {
        RequestKind.Documents => Aspect.Documents,
        RequestKind.Fee => Aspect.Fee,
        RequestKind.Duration => Aspect.Time,
        RequestKind.InPerson => Aspect.InPerson,
        RequestKind.Writing => Aspect.Writing,
        RequestKind.Online => Aspect.Online,
        RequestKind.Place => Aspect.Place,
        RequestKind.Post => Aspect.Post,
        _ => null,
    };

    private static Content.ProcedureAnswer? Find(Procedure procedure, Request request) =>
        procedure.Answers.FirstOrDefault(a => a.Id == request.Detail)
        ?? (request.Kind == RequestKind.Detail ? null : procedure.Answers.FirstOrDefault(a => a.Kind == request.Kind));

    private static string Unknown(RequestKind kind) => kind switch
    {
        RequestKind.Deadline => "answer.deadline.unknown",
        RequestKind.Validity => "answer.validity.unknown",
        _ => "answer.unknown",
    };
}
