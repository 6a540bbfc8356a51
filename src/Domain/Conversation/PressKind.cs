namespace OneStop.Domain.Conversation;

public enum PressKind
{
    Flow,
    Procedure,
    Menu,
    Back,
    Ask,
}
