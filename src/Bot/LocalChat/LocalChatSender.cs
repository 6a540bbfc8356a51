using OneStop.Bot.Delivery;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.LocalChat;

internal sealed class LocalChatSender(LocalScreen screen) : IChannelSender
{
    public const string ChannelName = "console";

    public static readonly ChatAddress Address = new(ChannelName, "local");

    public string Channel => ChannelName;

    public Task<SendResult> SendAsync(ChatAddress to, Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        screen.Show(reply);
        return Task.FromResult(SendResult.Sent);
    }
}
