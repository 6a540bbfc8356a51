using OneStop.Domain.Content;

namespace OneStop.Domain.Conversation;

/// <summary>A procedure's card or one part of it, with what the features add: buttons, opening lines, closing lines.</summary>
internal sealed class FeatureCards(StepRenderer render, IEnumerable<IConversationFeature> features)
{
    private readonly IReadOnlyList<ICardAddition> _additions = features.OfType<ICardAddition>().ToList();

    public Reply Card(ConversationTurn turn, Procedure procedure, Aspect? first) =>
        render.Card.Card(procedure, first, Buttons(procedure), Footers(turn, procedure), Leads(turn, procedure));

    public Reply Detail(ConversationTurn turn, Procedure procedure, Aspect aspect) =>
        render.Card.Detail(procedure, aspect, Buttons(procedure), Leads(turn, procedure));

    public IReadOnlyList<string> Footers(ConversationTurn turn, Procedure procedure) =>
        _additions.Select(f => f.CardFooter(turn, procedure)).OfType<string>().ToList();

    private List<string> Leads(ConversationTurn turn, Procedure procedure) =>
        _additions.Select(f => f.CardLead(turn, procedure)).Append(UnitFeeLead.For(render, procedure, turn.Incoming)).OfType<string>().ToList();

    private List<ReplyButton> Buttons(Procedure procedure) =>
        procedure.Kind == ProcedureKind.Routing ? [] : _additions.SelectMany(f => f.CardButtons(procedure)).ToList();
}
