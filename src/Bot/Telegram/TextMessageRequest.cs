using System.Text.Json.Serialization;
using Telegram.Bot.Requests;
using Telegram.Bot.Types.ReplyMarkups;

namespace OneStop.Bot.Telegram;

/// <summary>
/// sendMessage, reading back only the new message's id. Telegram.Bot's own SendMessage reads the whole Message
/// Telegram returns (chat, sender, date, text, keyboard), which nothing here uses: in a burst, reading it cost
/// about a tenth of the bot's CPU.
/// </summary>
internal sealed class TextMessageRequest() : RequestBase<SentMessageId>("sendMessage")
{
    public required long ChatId { get; init; }

    public required string Text { get; init; }

    /// <summary>The forum topic to write in; omitted when null.</summary>
    public int? MessageThreadId { get; init; }

    public InlineKeyboardMarkup? ReplyMarkup { get; init; }

    /// <summary>Telegram's paid broadcast mode (the commune pays per message above the free rate); omitted when false.</summary>
    public bool AllowPaidBroadcast { get; init; }
}

/// <summary>What <see cref="TextMessageRequest"/> reads of Telegram's answer.</summary>
internal sealed record SentMessageId([property: JsonPropertyName("message_id")] int MessageId);
