using OneStop.Domain.Content;

namespace OneStop.Domain.Conversation;

/// <summary>
/// "Delete my data" answered: everything about the chat deleted after a yes, nothing after a no. The engine's own
/// feature, first in its list: it owns the "del:" buttons of the confirm-delete step (a built-in step of the main
/// machine, reached by /xoadulieu, "xóa dữ liệu" or the privacy screen) and a yes or a no typed there.
/// </summary>
internal sealed class DataDeletionFeature(ContentCatalog content) : IConversationFeature
{
    public IReadOnlyList<string> Steps => [];

    public string PayloadPrefix => "del";

    // Said in the engine's own step: listed with the engine's keys (MessageKeys).
    IEnumerable<string> IConversationFeature.MessageKeys => [];

    public bool TryPress(ConversationTurn turn, string payload)
    {
        switch (payload)
        {
            case ButtonPress.DeleteYes:
                Confirm(turn);
                return true;
            case ButtonPress.DeleteNo:
                Keep(turn);
                return true;
            default:
                return false;
        }
    }

    public bool TryText(ConversationTurn turn, string text, IReadOnlyList<string> words)
    {
        if (turn.Session.State != Flow.ConfirmDeleteStep)
        {
            return false;
        }

        if (Answers.IsYes(words))
        {
            Confirm(turn);
            return true;
        }

        if (Answers.IsNo(words))
        {
            Keep(turn);
            return true;
        }

        return false;
    }

    public Reply Render(ConversationTurn turn, string step) =>
        throw new InvalidOperationException("The confirm-delete step is the machine's own; StepRenderer shows it.");

    private static void Confirm(ConversationTurn turn)
    {
        if (turn.Session.State != Flow.ConfirmDeleteStep)
        {
            // An old "yes" button must not delete anything without asking again.
            turn.Machine.Fire(Triggers.AskDelete);
            turn.Say(turn.Render.Render(turn.Session));
            return;
        }

        turn.Machine.Fire(Triggers.ConfirmDelete);
        turn.Session.Deleted = true;
        turn.Effects.Add(new ConversationEffect.DeleteChatData());
        turn.Say(new Reply(turn.Render.Say("delete.done")));
        turn.Welcomed = true;
    }

    private void Keep(ConversationTurn turn)
    {
        if (turn.Session.State == Flow.ConfirmDeleteStep)
        {
            turn.Machine.Fire(Triggers.KeepData);
        }

        turn.Say(turn.Render.Render(content.Flow.Find(content.Flow.Start)!, lead: turn.Render.Say("delete.kept")));
    }
}
