namespace OneStop.Bot.Webhooks;

/// <summary>
/// Where the webhook server listens: the standard ASPNETCORE_URLS (or --urls), e.g. "http://127.0.0.1:8080" behind a
/// reverse proxy that terminates HTTPS. Empty: no server (polling and the terminal need none).
/// </summary>
internal sealed record WebhookOptions(string? Urls)
{
    public bool Listens => !string.IsNullOrWhiteSpace(Urls);
}
