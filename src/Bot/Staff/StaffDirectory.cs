using System.Globalization;
using Microsoft.Extensions.Options;
using OneStop.Bot.Conversations;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Staff;

/// <summary>
/// Who is staff, asked on every use (commands and button presses alike: button data can be forged by a
/// client), from the configuration as it is now.
/// </summary>
internal sealed class StaffDirectory(IOptionsMonitor<StaffOptions> options)
{
    public const string TelegramChannel = "telegram";
    public const string ZaloChannel = "zalo";

    public StaffMember? Find(SenderId sender) => sender.Channel switch
    {
        TelegramChannel when long.TryParse(sender.Id, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) && id != 0
            => options.CurrentValue.Members.FirstOrDefault(m => m.TelegramId == id),
        ZaloChannel when sender.Id.Length > 0 => options.CurrentValue.Members.FirstOrDefault(m => m.ZaloId == sender.Id),
        _ => null,
    };

    public StaffMember? Find(string memberKey) => options.CurrentValue.Members.FirstOrDefault(m => m.Key == memberKey);

    public long? GroupChatId => options.CurrentValue.GroupChatId;

    /// <summary>The staff group on Telegram, if any, as a chat.</summary>
    public ChatAddress? Group => GroupChatId is { } group ? new ChatAddress(TelegramChannel, group.ToString(CultureInfo.InvariantCulture)) : null;

    /// <summary>
    /// Where staff alerts go: the Telegram staff group, and where Zalo runs each official listed with a Zalo id (a Zalo
    /// OA has no groups).
    /// </summary>
    public IReadOnlyList<ChatAddress> AlertChats(Func<string, bool> running)
    {
        ArgumentNullException.ThrowIfNull(running);
        var chats = new List<ChatAddress>();
        // The group as before, whatever runs: the outbox keeps its messages for the channel.
        if (Group is { } group)
        {
            chats.Add(group);
        }

        if (running(ZaloChannel))
        {
            chats.AddRange(options.CurrentValue.Members.Where(m => !string.IsNullOrEmpty(m.ZaloId)).Select(m => new ChatAddress(ZaloChannel, m.ZaloId!)));
        }

        return chats;
    }

    /// <summary>A chat where this official reads staff messages: their Telegram chat, else their Zalo chat.</summary>
    public static ChatAddress ChatOf(StaffMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return member.TelegramId != 0
            ? new ChatAddress(TelegramChannel, member.TelegramId.ToString(CultureInfo.InvariantCulture))
            : new ChatAddress(ZaloChannel, member.ZaloId ?? "");
    }
}
