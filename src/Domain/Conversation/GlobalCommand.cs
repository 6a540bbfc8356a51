namespace OneStop.Domain.Conversation;

/// <summary>Words that work from any step (aiogram's global cancel, extended).</summary>
public enum GlobalCommand
{
    Start,
    Menu,
    Back,
    Help,
    Cancel,
    DeleteData,
    UnknownCommand,
}
