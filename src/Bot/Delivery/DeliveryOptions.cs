using System.ComponentModel.DataAnnotations;

namespace OneStop.Bot.Delivery;

internal sealed record DeliveryOptions
{
    public const string Section = "Delivery";

    /// <summary>Chats sent to at the same time. Replies to people chatting are not bulk traffic for Telegram.</summary>
    [Range(1, 1024)]
    public int MaxConcurrentChats { get; init; } = 64;

    /// <summary>Tries for a message that keeps failing with server or network errors before it is dropped and logged.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; init; } = 8;

    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Messages a second across all chats while a broadcast runs. Telegram allows about 30; beyond that it answers 429.</summary>
    [Range(1, 1000)]
    public int BroadcastPerSecond { get; init; } = 30;

    /// <summary>
    /// Of those, how many a broadcast leaves free every second for replies to people who are chatting (a reply
    /// never waits, so without room it would meet Telegram's 429). A busier chat slows the broadcast further.
    /// </summary>
    [Range(0, 100)]
    public int ReservedForReplies { get; init; } = 2;

    /// <summary>
    /// Telegram's paid broadcasts (allow_paid_broadcast: up to 1,000 a second for 0.1 Star a message, taken from
    /// the bot's balance). Off unless the commune has decided to pay.
    /// </summary>
    public bool PaidBroadcast { get; init; }

    /// <summary>The rate when <see cref="PaidBroadcast"/> is on.</summary>
    [Range(1, 1000)]
    public int PaidBroadcastPerSecond { get; init; } = 1000;

    /// <summary>Telegram allows about one message a second in one chat: a broadcast message waits that long after any other to the chat.</summary>
    public TimeSpan PerChatInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Broadcast messages on the wire at once. At 30 a second and 0.2 s a call, 6 would do; paid broadcasts need more.</summary>
    [Range(1, 1024)]
    public int MaxBroadcastInFlight { get; init; } = 16;

    public int EffectivePerSecond => PaidBroadcast ? PaidBroadcastPerSecond : BroadcastPerSecond;
}
