namespace OneStop.Domain.Handover;

/// <summary>
/// What the edge looks up before a turn (<see cref="Conversation.Incoming.Context"/>): the code of the chat's open
/// question, if any (the store is the truth: an official may have closed it since the last message), and whether
/// anyone would read a new one.
/// </summary>
public static class HandoverContext
{
    public const string OpenCode = "handover.open";

    /// <summary>Set when no staff group is configured: a question would reach nobody, so none is taken.</summary>
    public const string Unstaffed = "handover.unstaffed";
}
