namespace OneStop.Bot.Storage;

/// <summary>Why a message is in the outbox; replies to people who are chatting go first.</summary>
internal enum OutboxKind
{
    Reply = 0,
    Reminder = 1,
    Broadcast = 2,
}
