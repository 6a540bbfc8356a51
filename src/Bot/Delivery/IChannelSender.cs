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

    /// <summary>A broadcast message. A channel without photos or paid broadcasts sends the text as a reply.</summary>
    Task<SendResult> SendBroadcastAsync(ChatAddress to, Reply reply, BroadcastSend extras, CancellationToken cancellationToken) =>
        SendAsync(to, reply, cancellationToken);
}
