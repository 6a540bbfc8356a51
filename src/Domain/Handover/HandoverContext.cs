namespace OneStop.Domain.Handover;

/// <summary>
/// What the edge looks up before a turn (<see cref="Conversation.Incoming.Context"/>): the code of the chat's open
/// question, if any. The store is the truth: an official may have closed the question since the last message.
/// </summary>
public static class HandoverContext
{
    public const string OpenCode = "handover.open";
}
