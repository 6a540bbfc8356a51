using System.Globalization;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Telegram;

/// <summary>
/// Telegram chat ids as our channel-neutral chat addresses. A forum topic is a chat of its own, "&lt;chat id&gt;:&lt;thread
/// id&gt;", so that what the bot says there goes to the same topic (message_thread_id).
/// </summary>
internal static class TelegramChat
{
    public const string Channel = "telegram";

    public static ChatAddress Address(long chatId, int? threadId = null) =>
        new(Channel, threadId is { } thread
            ? string.Create(CultureInfo.InvariantCulture, $"{chatId}:{thread}")
            : chatId.ToString(CultureInfo.InvariantCulture));

    public static long Id(ChatAddress address)
    {
        var colon = address.Id.IndexOf(':', StringComparison.Ordinal);
        return long.Parse(colon < 0 ? address.Id : address.Id[..colon], CultureInfo.InvariantCulture);
    }

    /// <summary>The forum topic of the address, if it names one.</summary>
    public static int? Thread(ChatAddress address)
    {
        var colon = address.Id.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? null : int.Parse(address.Id[(colon + 1)..], CultureInfo.InvariantCulture);
    }

    /// <summary>The chat of a message: its forum topic when it was written in one.</summary>
    public static ChatAddress Of(global::Telegram.Bot.Types.Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Address(message.Chat.Id, message.IsTopicMessage ? message.MessageThreadId : null);
    }
}
