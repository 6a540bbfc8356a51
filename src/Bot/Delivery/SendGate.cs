using Microsoft.Extensions.Options;

namespace OneStop.Bot.Delivery;

/// <summary>
/// The one place that decides when a message may go, for replies, reminders and notices alike: Telegram's bulk pace
/// (<see cref="SendPace"/>, where replies take their place without waiting), the pause a 429 asks for, and the
/// one-a-second spacing in a chat, which a notice keeps after a reply or another notice and never takes ahead of a
/// waiting reply. It also counts the sends on the wire, so a fake clock in tests can stand still while they are.
/// </summary>
internal sealed class SendGate
{
    private readonly ChatLanes _replies;
    private readonly RecentChats _recent;
    private readonly SendPace _pace;
    private readonly TimeSpan _perChat;
    private int _onTheWire;

    public SendGate(ChatLanes replies, TimeProvider time, IOptions<DeliveryOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var delivery = options.Value;
        _replies = replies;
        _perChat = delivery.PerChatInterval;
        _recent = new RecentChats(time, delivery.PerChatInterval);
        _pace = new SendPace(time, delivery.EffectivePerSecond, delivery.ReservedForReplies);
    }

    /// <summary>Bulk messages a second when nobody is chatting.</summary>
    public int PerSecond => _pace.PerSecond;

    /// <summary>
    /// Sends between their turn and the handling of their answer (a 429 has paused the pace by the time this drops);
    /// waits for a retry are not counted. Tests move a fake clock only while this is zero, so the time a call takes on
    /// the wire, which is real time, never shows up as time on the bot's clock.
    /// </summary>
    public int OnTheWire => Volatile.Read(ref _onTheWire);

    /// <summary>How long <paramref name="messages"/> bulk messages take at this pace, for the official's preview.</summary>
    public TimeSpan Estimate(int messages) => _pace.Estimate(messages);

    /// <summary>Waits for the turn of one bulk message (a notice or a reminder).</summary>
    public Task TakeBulkTurnAsync(CancellationToken cancellationToken) => _pace.AcquireAsync(cancellationToken);

    /// <summary>A reply or a staff message goes now: it counts in the pace but never waits.</summary>
    public void TakeReplyTurn() => _pace.Spend();

    /// <summary>The channel answered 429: no bulk message until <paramref name="retryAfter"/> has passed.</summary>
    public void Pause(TimeSpan retryAfter) => _pace.Pause(retryAfter);

    /// <summary>
    /// True when a notice may go to this chat now: no reply is waiting for it, and nothing was sent to it within the
    /// channel's per-chat spacing. Otherwise <paramref name="wait"/> says how long to wait.
    /// </summary>
    public bool IsQuiet(string chatKey, out TimeSpan wait)
    {
        if (_replies.TryGet(chatKey, out var lane) && !lane.IsEmpty)
        {
            wait = _perChat;
            return false;
        }

        return _recent.IsQuiet(chatKey, out wait);
    }

    /// <summary>A send has its turn and goes on the wire.</summary>
    public void BeginSend() => Interlocked.Increment(ref _onTheWire);

    /// <summary>The channel answered a send to the chat: its spacing counts from now.</summary>
    public void Touched(string chatKey) => _recent.Touch(chatKey);

    /// <summary>The send's answer has been handled (a 429 has paused the pace).</summary>
    public void EndSend() => Interlocked.Decrement(ref _onTheWire);
}
