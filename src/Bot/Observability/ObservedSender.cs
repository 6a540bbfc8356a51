using OneStop.Bot.Delivery;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Observability;

/// <summary>
/// Wraps a channel's sender: each result counts in onestop.sends.failed and tells <see cref="ChannelHealth"/> whether
/// the platform answered. A refusal about one person (blocked, beyond the window, a bad request) still means the
/// platform is up; only server errors, dropped connections and a missing token make the channel unhealthy.
/// </summary>
internal sealed class ObservedSender(IChannelSender inner, BotMetrics metrics, ChannelHealth health) : IChannelSender
{
    private const string Call = "send";

    public string Channel => inner.Channel;

    public async Task<SendResult> SendAsync(ChatAddress to, Reply reply, CancellationToken cancellationToken) =>
        Observe(await inner.SendAsync(to, reply, cancellationToken));

    public async Task<SendResult> SendBroadcastAsync(ChatAddress to, Reply reply, BroadcastSend extras, CancellationToken cancellationToken) =>
        Observe(await inner.SendBroadcastAsync(to, reply, extras, cancellationToken));

    public async Task<SendResult> SendWithExtrasAsync(ChatAddress to, Reply reply, MessageExtras extras, CancellationToken cancellationToken) =>
        Observe(await inner.SendWithExtrasAsync(to, reply, extras, cancellationToken));

    private SendResult Observe(SendResult result)
    {
        if (SendFailure.Of(result) is { } errorType)
        {
            metrics.SendFailed(Channel, errorType);
        }

        if (result.Outcome == SendOutcome.Transient)
        {
            health.Failed(Channel, Call, result.StatusCode is { } status ? $"the platform answered {status}" : "no answer (network, timeout or no token)");
        }
        else
        {
            health.Succeeded(Channel, Call);
        }

        return result;
    }
}
