using OneStop.Domain.Content;

namespace OneStop.Domain.Conversation;

/// <summary>What the engine lends to the parts that answer for it: a card and its closing lines, a step, the global commands.</summary>
internal sealed record EngineActions(
    Func<ConversationTurn, Procedure, Aspect?, Reply> Card,
    Func<ConversationTurn, Procedure, IReadOnlyList<string>> Footers,
    Func<ConversationTurn, Reply> Show,
    Action<ConversationTurn, GlobalCommand> Command,
    Action<ConversationTurn, string> Press);
