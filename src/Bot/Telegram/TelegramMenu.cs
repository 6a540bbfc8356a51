using OneStop.Bot.Conversations;
using Telegram.Bot.Types;

namespace OneStop.Bot.Telegram;

/// <summary>The citizens' commands as Telegram's menu (SetMyCommands wants the names without the slash).</summary>
internal static class TelegramMenu
{
    public static BotCommand[] Commands(CommandMenu menu)
    {
        ArgumentNullException.ThrowIfNull(menu);
        return menu.ForCitizens.Select(c => new BotCommand { Command = c.Name.TrimStart('/'), Description = c.Description }).ToArray();
    }
}
