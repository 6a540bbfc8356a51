namespace OneStop.Bot.Telegram;

internal sealed record TelegramOptions
{
    public const string Section = "Telegram";

    /// <summary>From the environment (Telegram__BotToken), never from a committed file. Empty: the terminal chat runs instead.</summary>
    public string? BotToken { get; init; }

    /// <summary>A self-hosted Bot API server, or the tests' fake one. Empty: api.telegram.org.</summary>
    public string? ApiBaseUrl { get; init; }

    /// <summary>How long one getUpdates call may wait for news (Telegram allows up to 50 s).</summary>
    public TimeSpan PollTimeout { get; init; } = TimeSpan.FromSeconds(25);

    /// <summary>Longest pause between failed polls; errors back off up to it.</summary>
    public TimeSpan MaxPollBackoff { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Webhook mode instead of polling: the public HTTPS address of POST /telegram/webhook (behind the reverse proxy in
    /// front of ASPNETCORE_URLS). Empty: the bot polls.
    /// </summary>
    public string? WebhookUrl { get; init; }

    public bool Enabled => !string.IsNullOrWhiteSpace(BotToken);

    public bool UsesWebhook => !string.IsNullOrWhiteSpace(WebhookUrl);
}
