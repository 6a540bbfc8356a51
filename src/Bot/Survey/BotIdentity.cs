using Microsoft.Extensions.Configuration;
using Telegram.Bot;

namespace OneStop.Bot.Survey;

/// <summary>
/// The bot's @username, which a ticket's link needs (https://t.me/&lt;username&gt;?start=…): Telegram__BotUsername
/// when set, else asked of Telegram once (getMe) and remembered.
/// </summary>
internal sealed class BotIdentity(ITelegramBotClient bot, IConfiguration config)
{
    private string? _username = config["Telegram:BotUsername"]?.Trim().TrimStart('@');

    public async Task<string> UsernameAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(_username))
        {
            var me = await bot.GetMe(cancellationToken);
            _username = me.Username ?? throw new InvalidOperationException("Telegram gave the bot no username; set Telegram__BotUsername.");
        }

        return _username;
    }

    public static Uri Link(string username, string payload) => new($"https://t.me/{username}?start={payload}");
}
