using OneStop.Domain.Content;
using OneStop.Domain.Understanding;

namespace OneStop.Domain.Conversation;

/// <summary>
/// The other requests of a message, after its main one: a line where one answers it (the day asked, a deadline of the
/// same procedure, a topic's redirect), else a button that answers it when pressed, so nothing asked is dropped; and
/// the reply put together with the leads (grief, anger) on top.
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

    /// <summary>Leads before the first message of the turn; lines and buttons after the last one.</summary>
    public void Compose(ConversationTurn turn, int start, List<string> leads, List<string> lines, List<ReplyButton> buttons)
    {
        if (turn.Replies.Count <= start)
        {
            return;
        }

        if (leads.Count > 0)
        {
            var first = turn.Replies[start];
            turn.Replies[start] = first with { Text = $"{string.Join("\n", leads)}\n\n{first.Text}" };
        }

        if (lines.Count == 0 && buttons.Count == 0)
        {
            return;
        }

        var last = turn.Replies[^1];
        var text = lines.Count > 0 ? $"{last.Text}\n\n{render.Say("also.intro")}\n{string.Join("\n", lines)}" : last.Text;
        var known = last.AllButtons.SelectMany(b => new[] { b.Payload, b.Label }).ToHashSet(StringComparer.Ordinal);
        var added = buttons.Where(b => known.Add(b.Payload) && known.Add(b.Label)).Chunk(2).Select(row => (IReadOnlyList<ReplyButton>)row);
        turn.Replies[^1] = new Reply(text, [.. added, .. last.Buttons]);
    }
}
