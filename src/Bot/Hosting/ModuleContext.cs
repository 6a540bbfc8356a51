using Microsoft.Extensions.Configuration;
using OneStop.Bot.Telegram;
using OneStop.Bot.Zalo;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Hosting;

/// <summary>What a module is made from: the checked content, the conversation's options and the configuration.</summary>
internal sealed record ModuleContext(ContentCatalog Content, ConversationOptions Options, IConfiguration Config, string Directory)
{
    /// <summary>Officials have a channel (Telegram or Zalo): the staff tools run. In the terminal they do not.</summary>
    public bool StaffChannel => TelegramBot || (Config.GetSection(ZaloOptions.Section).Get<ZaloOptions>() ?? new ZaloOptions()).Enabled;

    /// <summary>A Telegram bot is configured (a survey ticket is a t.me link, so printing tickets needs it).</summary>
    public bool TelegramBot => (Config.GetSection(TelegramOptions.Section).Get<TelegramOptions>() ?? new TelegramOptions()).Enabled;
}
