namespace OneStop.Bot.Zalo;

/// <summary>
/// The commune's Zalo Official Account (Zalo__*). Secrets come from the environment, never from a committed file.
/// Facts still open on a real OA (channels.md) are settings with the documented default.
/// </summary>
internal sealed record ZaloOptions
{
    public const string Section = "Zalo";

    public string? AppId { get; init; }

    /// <summary>The app's secret key: sent as the secret_key header when tokens are exchanged.</summary>
    public string? AppSecret { get; init; }

    /// <summary>The OA secret key (not the app secret): the last term of a webhook's signature.</summary>
    public string? OaSecretKey { get; init; }

    /// <summary>A refresh token to start from, once; the live pair is kept in the database (it is single-use).</summary>
    public string? RefreshToken { get; init; }

    public string ApiBaseUrl { get; init; } = "https://openapi.zalo.me";

    public string OAuthBaseUrl { get; init; } = "https://oauth.zaloapp.com";

    /// <summary>
    /// The signature's first term: "app_id" (Zalo's SDK and chatwoot) or "oa_id" (some integrators). Open until checked
    /// against a request captured from a real OA.
    /// </summary>
    public string SignatureFirstTerm { get; init; } = "app_id";

    /// <summary>How long the bot stays quiet in a chat after an official answered it from the OA's chat console.</summary>
    public TimeSpan HumanQuietFor { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>What an official types in the OA console to hand the chat back to the bot at once.</summary>
    public string HumanClosingWord { get; init; } = "#bot";

    /// <summary>Messages from 48 hours to 7 days after the citizen's last interaction are billed: sent only when true.</summary>
    public bool AllowBilled { get; init; }

    /// <summary>Zalo accepts at most 2,000 characters in a message.</summary>
    public int MaxTextLength { get; init; } = 2000;

    /// <summary>Zalo shows at most 5 buttons under a message.</summary>
    public int MaxButtons { get; init; } = 5;

    /// <summary>Longest button title kept (Zalo's limit is not documented: an open point; longer titles are cut).</summary>
    public int MaxButtonTitle { get; init; } = 100;

    /// <summary>How far ahead of its expiry the access token is refreshed.</summary>
    public TimeSpan RefreshAhead { get; init; } = TimeSpan.FromMinutes(10);

    public bool Enabled => !string.IsNullOrWhiteSpace(AppId) && !string.IsNullOrWhiteSpace(OaSecretKey);
}
