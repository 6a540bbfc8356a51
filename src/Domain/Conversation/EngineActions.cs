namespace OneStop.Domain.Conversation;

/// <summary>What the engine lends to the parts that answer for it: the current step, the global commands, a button press.</summary>
internal sealed record EngineActions(
    Func<ConversationTurn, Reply> Show,
    Action<ConversationTurn, GlobalCommand> Command,
    Action<ConversationTurn, string> Press);
