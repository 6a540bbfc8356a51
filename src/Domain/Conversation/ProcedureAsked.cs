using OneStop.Domain.Content;

namespace OneStop.Domain.Conversation;

/// <summary>
/// The procedure the conversation was last about, for half an hour: after its card, a question about a Wednesday or
/// the opening hours, "cần mang gì" is still about that procedure, as it would be at the desk. Only its id is kept.
/// Going back to the menu starts afresh.
/// </summary>
internal static class ProcedureAsked
{
    private const string Key = "procedure.asked";

    public static void Remember(ConversationTurn turn, string procedureId) => ShortMemory.Remember(turn, Key, procedureId);

    public static void Forget(ConversationTurn turn) => ShortMemory.Forget(turn, Key);

    public static string? Recent(ConversationTurn turn) => ShortMemory.Recent(turn, Key);

    /// <summary>At the end of a turn: what it showed is what the next message may be about.</summary>
    public static void Observe(ConversationTurn turn, string startStep)
    {
        if (turn.Session.Deleted)
        {
            return;
        }

        if (turn.Session.State == Flow.ProcedureStep && turn.Session.ProcedureId is { } id)
        {
            Remember(turn, id);
        }
        else if (turn.Session.State == startStep)
        {
            Forget(turn);
        }
    }
}
