using OneStop.Domain.Content;
using OneStop.Domain.Conversation;
using OneStop.Domain.Understanding;

namespace OneStop.Domain.Procedures;

/// <summary>
/// Questions about a procedure answered: its card or one part of it (<see cref="ProcedureReplies"/>), the "p:"
/// buttons that open them, and a part asked second in a message as a line or a button. The engine's own feature,
/// last in its list: every other feature answers what it owns first, as the engine did before this was a feature.
/// </summary>
internal sealed class ProcedureFeature : IConversationFeature
{
    /// <summary>The keys said here; listed with the engine's (<see cref="Conversation.MessageKeys"/>), since no module declares this feature.</summary>
    public static readonly IReadOnlyList<string> Keys =
        ["answer.unknown", "answer.unknown.card", "answer.deadline.unknown", "answer.validity.unknown", "also.procedure", "also.which", "card.again"];

    private readonly ContentCatalog _content;
    private readonly StepRenderer _render;
    private readonly FeatureCards _cards;
    private readonly ProcedureReplies _replies;

    /// <param name="features">The other features: those that add to a card (<see cref="ICardAddition"/>) do so here.</param>
    public ProcedureFeature(ContentCatalog content, StepRenderer render, IEnumerable<IConversationFeature> features)
    {
        _content = content;
        _render = render;
        _cards = new FeatureCards(render, features);
        _replies = new ProcedureReplies(content, render, _cards, turn => Render(turn, Flow.ProcedureStep));
    }

    /// <summary>The procedure step is built into the machine (its trigger carries the procedure and the part); shown here.</summary>
    public IReadOnlyList<string> Steps { get; } = [Flow.ProcedureStep];

    public string PayloadPrefix => "p";

    IEnumerable<string> IConversationFeature.MessageKeys => Keys;

    /// <summary>"p:ket-hon" or "p:ket-hon:Fee": the card, or one part of it.</summary>
    public bool TryPress(ConversationTurn turn, string payload)
    {
        if (!ButtonPress.TryParse(payload, out var press) || press.Kind != PressKind.Procedure || _content.FindProcedure(press.Id) is not { } procedure)
        {
            return false;
        }

        turn.Machine.OpenProcedure(procedure.Id, press.Aspect);
        turn.Say(Render(turn, Flow.ProcedureStep));
        return true;
    }

    // Typed text about a procedure reaches this feature as a request (TryAnswer), once the reader has understood it.
    public bool TryText(ConversationTurn turn, string text, IReadOnlyList<string> words) => false;

    /// <summary>The card on screen, or the part of it last opened; a procedure an edit removed leaves the step's own screen.</summary>
    public Reply Render(ConversationTurn turn, string step)
    {
        if (turn.Session.ProcedureId is { } id && _content.FindProcedure(id) is { } procedure)
        {
            var aspect = Location.Of(turn.Session).Aspect;
            return aspect is { } detail ? _cards.Detail(turn, procedure, detail) : _cards.Card(turn, procedure, null);
        }

        return turn.Render.Render(turn.Session);
    }

    /// <summary>
    /// A part of a known procedure, as the main request; a part asked with no procedure ("cần mang gì") asks which one.
    /// <see cref="ConversationTurn.WholeCardShown"/> says when the answer was the whole card.
    /// </summary>
    public bool TryAnswer(ConversationTurn turn, Request request)
    {
        var procedure = request.ProcedureId is { } id ? _content.FindProcedure(id) : null;
        if (procedure is not null && MessageReader.IsProcedurePart(request.Kind))
        {
            turn.WholeCardShown = _replies.Respond(turn, procedure, request);
            return true;
        }

        if (request.Kind is RequestKind.Documents or RequestKind.Fee or RequestKind.Duration or RequestKind.InPerson
            or RequestKind.Deadline or RequestKind.Validity or RequestKind.Detail or RequestKind.Overview)
        {
            var which = _render.ProcedureButtons(ProcedureReplies.AspectOf(request.Kind));
            which.Add(_render.NavigationRow());
            turn.Say(new Reply(_render.Say("ask.which"), which));
            return true;
        }

        return false;
    }

    /// <summary>
    /// A procedure part that is not the message's main request: a line for a part of the same procedure (none when
    /// the card shown already has it), a line and a button for another procedure, which procedure when none is named.
    /// False when the request is not a procedure part.
    /// </summary>
    public bool TryMention(Request request, Request main, bool cardShown, List<string> lines, List<ReplyButton> buttons)
    {
        var procedure = request.ProcedureId is { } id ? _content.FindProcedure(id) : null;
        if (procedure is not null && MessageReader.IsProcedurePart(request.Kind))
        {
            if (procedure.Id == main.ProcedureId)
            {
                if (_replies.Line(procedure, request, cardShown) is { } part)
                {
                    lines.Add(part);
                }

                return true;
            }

            var label = procedure.ShortName;
            lines.Add(_render.Say("also.procedure", new Dictionary<string, string> { ["name"] = procedure.Name, ["label"] = label }));
            buttons.Add(new ReplyButton(label, ButtonPress.Procedure(procedure.Id, ProcedureReplies.AspectOf(request.Kind))));
            return true;
        }

        if (procedure is null && ProcedureReplies.AspectOf(request.Kind) is { } asked && asked is not (Aspect.Place or Aspect.Online or Aspect.Post or Aspect.Writing))
        {
            // "… cần mang gì?" with no procedure: which procedure is the way in.
            var topicLabel = _render.Say($"button.{ProcedureCard.Key(asked)}");
            lines.Add(_render.Say("also.which", new Dictionary<string, string> { ["what"] = topicLabel }));
            buttons.Add(new ReplyButton(_render.Say("button.procedures"), ButtonPress.Flow("to-procedures")));
            return true;
        }

        return false;
    }
}
