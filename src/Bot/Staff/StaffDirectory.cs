using Microsoft.Extensions.Options;

namespace OneStop.Bot.Staff;

/// <summary>
/// Who is staff, asked on every use (commands and button presses alike: button data can be forged by a
/// client), from the configuration as it is now.
/// </summary>
internal sealed class StaffDirectory(IOptionsMonitor<StaffOptions> options)
{
    public StaffMember? Find(long telegramUserId) =>
        options.CurrentValue.Members.FirstOrDefault(m => m.TelegramId == telegramUserId && m.TelegramId != 0);

    public long? GroupChatId => options.CurrentValue.GroupChatId;
}
