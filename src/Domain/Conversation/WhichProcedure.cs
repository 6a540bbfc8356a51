using OneStop.Domain.Content;
using OneStop.Domain.Procedures;

namespace OneStop.Domain.Conversation;

/// <summary>
/// The same question about several procedures ("khai tử và kết hôn mất bao lâu", "chứng thực bao nhiêu tiền"). A short
/// part (the fee, the time, who must come, the form, online) is answered for each in one list, with a button to open
/// each; a long one (the papers, the whole card) would bury the other, so the citizen picks which comes first.
/// </summary>
internal sealed class WhichProcedure(ContentCatalog content, StepRenderer render)
{
    private const int MostListed = 3;

    private static readonly Aspect[] Short = [Aspect.Fee, Aspect.Time, Aspect.InPerson, Aspect.Writing, Aspect.Online];

    public void Ask(ConversationTurn turn, IReadOnlyList<string> procedureIds, Aspect? aspect)
    {
        var procedures = procedureIds.Select(id => content.FindProcedure(id)!).ToList();
        var rows = procedures
            .Select(p => (IReadOnlyList<ReplyButton>)[new ReplyButton(p.ShortName, ButtonPress.Procedure(p.Id, aspect))])
            .Append(render.NavigationRow())
            .ToList();
        if (aspect is { } part && Short.Contains(part) && procedures.Count <= MostListed)
        {
            var lines = procedures.Select(p => $"• {p.ShortName}: {render.Card.PartBody(p, part)}");
            turn.Say(new Reply($"{render.Card.Heading(part)}\n{string.Join("\n", lines)}\n\n{render.Say("ask.which.more")}", rows));
            return;
        }

        turn.Say(new Reply(render.Say("ask.which"), rows));
    }
}
