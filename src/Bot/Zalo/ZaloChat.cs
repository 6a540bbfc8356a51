using OneStop.Domain.Conversation;

namespace OneStop.Bot.Zalo;

/// <summary>Zalo user ids (strings: they exceed 2^53) as our chat addresses. A user id belongs to one OA.</summary>
internal static class ZaloChat
{
    public const string Channel = "zalo";

    public static ChatAddress Address(string userId) => new(Channel, userId);
}
