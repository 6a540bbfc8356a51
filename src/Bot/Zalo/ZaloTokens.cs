using System.Globalization;
using System.Text.Json;
using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OneStop.Bot.Storage;
using OneStop.Bot.Observability;

namespace OneStop.Bot.Zalo;

/// <summary>
/// The OA's access token, refreshed ahead of its expiry (expires_in comes as a string of seconds: 90000, 25 hours).
/// The refresh token is single-use, so the new pair is committed to the database before it is used; the
/// Zalo__RefreshToken setting only seeds an empty database. One refresh at a time. A refresh that fails for good
/// alerts staff (once) and throws; the webhook keeps storing events meanwhile.
/// </summary>
internal sealed class ZaloTokens(
    BotDatabase db,
    HttpClient http,
    IOptions<ZaloOptions> options,
    TimeProvider time,
    ILogger<ZaloTokens> log,
    ZaloAlerts? alerts = null,
    ChannelHealth? health = null) : IDisposable
{
    public const string RefreshCall = "token refresh";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ILiteCollection<ZaloTokenPair> _pairs = db.Database.GetCollection<ZaloTokenPair>(ZaloTokenPair.Collection);

    /// <summary>A token to call the API with. <paramref name="rejected"/>: the token Zalo just refused (-216, -220), refreshed unless another call did already.</summary>
    public async Task<string> AccessTokenAsync(string? rejected, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var pair = _pairs.FindById(ZaloTokenPair.OnlyId) ?? Seed();
            var now = time.GetUtcNow().UtcDateTime;
            var fresh = pair.AccessToken.Length > 0 && now < pair.ExpiresUtc - options.Value.RefreshAhead;
            if (fresh && (rejected is null || rejected != pair.AccessToken))
            {
                return pair.AccessToken;
            }

            return (await RefreshAsync(pair, cancellationToken)).AccessToken;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>The first grant (zalo-auth): the code from the consent page and the PKCE verifier it was asked with.</summary>
    public async Task<ZaloTokenPair> ExchangeCodeAsync(string code, string verifier, CancellationToken cancellationToken)
    {
        var form = new Dictionary<string, string>
        {
            ["app_id"] = options.Value.AppId ?? "",
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["code_verifier"] = verifier,
        };
        return await GrantAsync(form, cancellationToken) ?? throw new InvalidOperationException("Zalo refused the code; ask for a new one with zalo-auth.");
    }

    private ZaloTokenPair Seed() =>
        new() { RefreshToken = options.Value.RefreshToken ?? throw new InvalidOperationException("No Zalo tokens yet: run zalo-auth once, or set Zalo__RefreshToken.") };

    private async Task<ZaloTokenPair> RefreshAsync(ZaloTokenPair pair, CancellationToken cancellationToken)
    {
        var form = new Dictionary<string, string>
        {
            ["app_id"] = options.Value.AppId ?? "",
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = pair.RefreshToken,
        };
        var renewed = await GrantAsync(form, cancellationToken);
        if (renewed is null)
        {
            health?.Failed(ZaloChat.Channel, RefreshCall, "Zalo refused to refresh the token; run zalo-auth");
            await (alerts?.TellOnceAsync("zalo-token", "⚠️ Zalo: không làm mới được mã truy cập của OA. Tin nhắn của người dân vẫn được lưu lại; cán bộ quản trị cần chạy lại lệnh zalo-auth.") ?? Task.CompletedTask);
            throw new InvalidOperationException("Zalo refused to refresh the OA's token; run zalo-auth again.");
        }

        health?.Succeeded(ZaloChat.Channel, RefreshCall);
        log.LogInformation("Zalo access token refreshed; it expires at {Expires:O}", renewed.ExpiresUtc);
        return renewed;
    }

    /// <summary>POST /v4/oa/access_token; the new pair is committed before anyone uses it. Null when Zalo refused.</summary>
    private async Task<ZaloTokenPair?> GrantAsync(Dictionary<string, string> form, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"{options.Value.OAuthBaseUrl.TrimEnd('/')}/v4/oa/access_token"))
        {
            Content = new FormUrlEncodedContent(form),
        };
        request.Headers.Add("secret_key", options.Value.AppSecret ?? "");
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        var root = json.RootElement;
        var access = ZaloEventHead.Text(root, "access_token");
        var refresh = ZaloEventHead.Text(root, "refresh_token");
        if (string.IsNullOrEmpty(access) || string.IsNullOrEmpty(refresh))
        {
            log.LogError("Zalo refused a token request: {Answer}", root.GetRawText());
            return null;
        }

        var seconds = double.TryParse(ZaloEventHead.Text(root, "expires_in"), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? s : 3600;
        var pair = new ZaloTokenPair { AccessToken = access, RefreshToken = refresh, ExpiresUtc = time.GetUtcNow().UtcDateTime.AddSeconds(seconds) };
        db.InTransaction(() => _pairs.Upsert(pair));
        return pair;
    }
}
