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
}
