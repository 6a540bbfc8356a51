using Microsoft.AspNetCore.Http;

namespace OneStop.Bot.Webhooks;

/// <summary>A POST endpoint a channel adapter offers (Zalo's events, Telegram's updates in webhook mode).</summary>
internal interface IWebhookEndpoint
{
    /// <summary>The path, e.g. "/zalo/webhook".</summary>
    string Path { get; }

    Task HandleAsync(HttpContext context);
}
