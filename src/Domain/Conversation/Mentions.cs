using OneStop.Domain.Content;
using OneStop.Domain.Understanding;

namespace OneStop.Domain.Conversation;

/// <summary>
/// The other requests of a message, after its main one: a line where one answers it (the day asked, a deadline of the
/// same procedure, a topic's redirect), else a button that answers it when pressed, so nothing asked is dropped.
/// </summary>
internal sealed class Mentions(ContentCatalog content, StepRenderer render, IReadOnlyList<IConversationFeature> features, EngineActions engine)
{
    /// <summary>A request that is not the main one: answered in a line where it fits, else offered as a button.</summary>
    public void Add(ConversationTurn turn, Request request, Request main, bool cardShown, List<string> lines, List<ReplyButton> buttons)
    {
        if (request.Kind is RequestKind.Unknown or RequestKind.Greeting or RequestKind.Ack)
        {
            return;
        }

        if (request.Kind == RequestKind.Wednesday && main.ProcedureId is not null)
        {
            // A procedure card already ends with the next same-day Wednesday.
            return;
        }

        var line = features.Select(f => f.AnswerLine(turn, request)).OfType<string>().FirstOrDefault();
        if (line is not null)
        {
            lines.Add(line);
            return;
        }

        var procedure = request.ProcedureId is { } id ? content.FindProcedure(id) : null;
        if (procedure is not null && MessageReader.IsProcedurePart(request.Kind))
        {
            if (procedure.Id == main.ProcedureId)
            {
                if (new ProcedureReplies(content, render, engine).Line(procedure, request, cardShown) is { } part)
                {
                    lines.Add(part);
                }

                return;
            }

            var label = procedure.ShortName;
            lines.Add(render.Say("also.procedure", new Dictionary<string, string> { ["name"] = procedure.Name, ["label"] = label }));
            buttons.Add(new ReplyButton(label, ButtonPress.Procedure(procedure.Id, ProcedureReplies.AspectOf(request.Kind))));
            return;
        }

        if (procedure is null && ProcedureReplies.AspectOf(request.Kind) is { } asked && asked is not (Aspect.Place or Aspect.Online or Aspect.Post or Aspect.Writing))
        {
            // "… cần mang gì?" with no procedure: which procedure is the way in.
            var topicLabel = render.Say($"button.{ProcedureCard.Key(asked)}");
            lines.Add(render.Say("also.which", new Dictionary<string, string> { ["what"] = topicLabel }));
            buttons.Add(new ReplyButton(render.Say("button.procedures"), ButtonPress.Flow("to-procedures")));
            return;
        }

        if (request.Kind == RequestKind.Topic && content.Topics.OutOfScope.FirstOrDefault(t => t.Id == request.Detail) is { } topic)
        {
            lines.Add(topic.Fact.Text);
            return;
        }

        var what = $"also.{RequestLabels.Name(request.Kind)}";
        if (content.Messages.Has(what))
        {
            var label = render.Say(what);
            lines.Add(render.Say("also.button", new Dictionary<string, string> { ["what"] = label, ["label"] = label }));
            buttons.Add(new ReplyButton(label, ButtonPress.Ask(request)));
        }
    }
}
