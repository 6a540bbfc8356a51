using OneStop.Domain.Content;

namespace OneStop.Domain.Conversation;

/// <summary>"/xoadulieu" answered: everything about the chat deleted after a yes, nothing after a no.</summary>
internal static class DataDeletion
{
    public static void Confirm(ConversationTurn turn, Action askAgain)
    {
        if (turn.Session.State != Flow.ConfirmDeleteStep)
        {
            // An old "yes" button must not delete anything without asking again.
            askAgain();
            return;
        }

        turn.Machine.Fire(Triggers.ConfirmDelete);
        turn.Session.Deleted = true;
        turn.Effects.Add(new ConversationEffect.DeleteChatData());
        turn.Say(new Reply(turn.Render.Say("delete.done")));
        turn.Welcomed = true;
    }

    public static void Keep(ConversationTurn turn, ContentCatalog content)
    {
        if (turn.Session.State == Flow.ConfirmDeleteStep)
        {
            turn.Machine.Fire(Triggers.KeepData);
        }

        turn.Say(turn.Render.Render(content.Flow.Find(content.Flow.Start)!, lead: turn.Render.Say("delete.kept")));
    }
}
