namespace OneStop.Bot.Notices;

/// <summary>
/// Reads a notice's text when an official has written it, before it goes out, and may ask the official something
/// about it (a notice that closes the office on a day offers to mark that day closed).
/// </summary>
internal interface INoticeWatcher
{
    Task ReadAsync(OneStop.Domain.Conversation.ChatAddress chat, string text, CancellationToken token);
}
