using OneStop.Domain.Conversation;

namespace OneStop.Bot.Delivery;

/// <summary>
/// Sends our replies on one channel (Telegram, Zalo, the terminal). The adapter knows its own limits:
/// text length, button payload size, markup.
/// </summary>
public interface IChannelSender
{
    string Channel { get; }

    Task<SendResult> SendAsync(ChatAddress to, Reply reply, CancellationToken cancellationToken);

    /// <summary>A broadcast message. A channel without photos or paid broadcasts sends the text as a reply.</summary>
    Task<SendResult> SendBroadcastAsync(ChatAddress to, Reply reply, BroadcastSend extras, CancellationToken cancellationToken) =>
        SendAsync(to, reply, cancellationToken);

    /// <summary>A message with a photo, a file or an edit (staff tools). A channel without them sends the text as a reply.</summary>
    Task<SendResult> SendWithExtrasAsync(ChatAddress to, Reply reply, MessageExtras extras, CancellationToken cancellationToken) =>
        SendAsync(to, reply, cancellationToken);
}
