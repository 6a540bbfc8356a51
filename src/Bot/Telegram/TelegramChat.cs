using OneStop.Domain.Conversation;

namespace OneStop.Bot.Telegram;

/// <summary>Telegram chat ids as our channel-neutral chat addresses.</summary>
internal static class TelegramChat
{
    public const string Channel = "telegram";

    public static ChatAddress Address(long chatId) => new(Channel, chatId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static long Id(ChatAddress address) => long.Parse(address.Id, System.Globalization.CultureInfo.InvariantCulture);
}
