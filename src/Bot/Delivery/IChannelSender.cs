using OneStop.Domain.Conversation;

namespace OneStop.Bot.Delivery;

/// <summary>
/// Sends our replies on one channel (Telegram, the terminal; Zalo next). The adapter knows its own limits:
/// text length, button payload size, markup.
/// </summary>
public interface IChannelSender
{
    string Channel { get; }

    Task<SendResult> SendAsync(ChatAddress to, Reply reply, CancellationToken cancellationToken);
}
