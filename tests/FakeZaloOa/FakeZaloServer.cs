using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OneStop.FakeZaloOa;

/// <summary>
/// A Zalo Official Account on loopback: POST /v3.0/oa/message/cs (access_token header; errors inside HTTP 200 bodies,
/// as Zalo answers), POST /v4/oa/access_token (single-use refresh tokens, rotated on each refresh), and signed webhook
/// deliveries to the bot (<see cref="DeliverAsync"/>). It checks Zalo's limits: 2,000 characters, 5 buttons.
/// </summary>
public sealed class FakeZaloServer : IAsyncDisposable
{
    public const int MaxText = 2000;
    public const int MaxButtons = 5;

    private readonly WebApplication _app;
    private readonly HttpClient _deliveries = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly Lock _gate = new();
    private readonly ConcurrentQueue<int> _faults = new();
    private readonly ConcurrentQueue<SentZaloMessage> _sent = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastInteraction = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _unfollowed = new(StringComparer.Ordinal);
    private string _refreshToken;
    private string _accessToken = "";
    private DateTimeOffset _accessExpires;
    private int _tokens;

    private FakeZaloServer(WebApplication app, FakeZaloOptions options, Uri baseUrl)
    {
        _app = app;
        Options = options;
        BaseUrl = baseUrl;
        _refreshToken = options.FirstRefreshToken;
    }

    public FakeZaloOptions Options { get; }

    public Uri BaseUrl { get; }

    public IReadOnlyList<SentZaloMessage> Sent => _sent.ToArray();

    public IReadOnlyList<SentZaloMessage> SentTo(string userId) => _sent.Where(m => m.UserId == userId).ToArray();

    /// <summary>Calls to /message/cs, accepted or not.</summary>
    public int SendCalls => Volatile.Read(ref _sendCalls);

    /// <summary>Refreshes granted.</summary>
    public int Refreshes => Volatile.Read(ref _tokens);

    /// <summary>Refresh attempts with a token that was already used or never issued.</summary>
    public int RefusedRefreshes => Volatile.Read(ref _refusedRefreshes);

    private int _sendCalls;
    private int _refusedRefreshes;

    public static async Task<FakeZaloServer> StartAsync(FakeZaloOptions? options = null)
    {
        options ??= new FakeZaloOptions();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        FakeZaloServer? server = null;
        app.MapPost("/v3.0/oa/message/cs", context => server!.SendAsync(context));
        app.MapPost("/v4/oa/access_token", context => server!.TokenAsync(context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server = new FakeZaloServer(app, options, new Uri(address));
        return server;
    }

    /// <summary>The next sends fail with these codes: a Zalo error (-32, -201, …) inside HTTP 200, 500 as HTTP 500, 0 as a dropped connection.</summary>
    public void FailNextSends(params int[] codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        foreach (var code in codes)
        {
            _faults.Enqueue(code);
        }
    }

    /// <summary>The access token stops working now (as if revoked or expired early): the next send gets -216.</summary>
    public void RevokeAccessToken()
    {
        lock (_gate)
        {
            _accessToken = "revoked";
        }
    }

    /// <summary>The citizen interacted with the OA at this time (their messages set it as they are delivered).</summary>
    public void Interacted(string userId, DateTimeOffset at) => _lastInteraction[userId] = at;

    /// <summary>
    /// Delivers an event to the bot's webhook, signed as Zalo signs (or not, or with a wrong key); returns the status
    /// code and the real time to the answer.
    /// </summary>
    public async Task<(HttpStatusCode Status, TimeSpan Elapsed)> DeliverAsync(Uri webhook, JsonObject zaloEvent, ZaloSigning signing = ZaloSigning.AsZalo)
    {
        ArgumentNullException.ThrowIfNull(zaloEvent);
        var body = Encoding.UTF8.GetBytes(zaloEvent.ToJsonString());
        var name = zaloEvent["event_name"]?.GetValue<string>() ?? "";
        var user = zaloEvent["sender"]?["id"]?.GetValue<string>() ?? zaloEvent["follower"]?["id"]?.GetValue<string>();
        if (user is not null && name.StartsWith("user_send_", StringComparison.Ordinal) || name == "follow")
        {
            _lastInteraction[user!] = Options.Time.GetUtcNow();
            _unfollowed.TryRemove(user!, out _);
        }
        else if (name == "unfollow" && user is not null)
        {
            _unfollowed[user] = 0;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, webhook) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        var timestamp = zaloEvent["timestamp"]?.GetValue<string>() ?? "";
        switch (signing)
        {
            case ZaloSigning.AsZalo:
                request.Headers.Add("X-ZEvent-Signature", Signature(Options.AppId, body, timestamp, Options.OaSecretKey));
                break;
            case ZaloSigning.WrongKey:
                request.Headers.Add("X-ZEvent-Signature", Signature(Options.AppId, body, timestamp, "not-the-oa-secret"));
                break;
        }

        var watch = Stopwatch.StartNew();
        using var response = await _deliveries.SendAsync(request);
        return (response.StatusCode, watch.Elapsed);
    }

    public static string Signature(string appId, byte[] body, string timestamp, string secret)
    {
        ArgumentNullException.ThrowIfNull(body);
        var data = Encoding.UTF8.GetBytes(appId).Concat(body).Concat(Encoding.UTF8.GetBytes(timestamp + secret)).ToArray();
        return "mac=" + Convert.ToHexStringLower(SHA256.HashData(data));
    }

    private async Task SendAsync(HttpContext context)
    {
        Interlocked.Increment(ref _sendCalls);
        if (_faults.TryDequeue(out var fault))
        {
            switch (fault)
            {
                case 0:
                    context.Features.Get<IHttpRequestLifetimeFeature>()?.Abort();
                    return;
                case >= 500:
                    context.Response.StatusCode = fault;
                    return;
                default:
                    await ErrorAsync(context, fault, "fault asked for by the test");
                    return;
            }
        }

        var now = Options.Time.GetUtcNow();
        lock (_gate)
        {
            var token = context.Request.Headers["access_token"].ToString();
            if (token.Length == 0 || token != _accessToken)
            {
                _ = ErrorAsync(context, -216, "Access token is invalid");
                return;
            }

            if (now >= _accessExpires)
            {
                _ = ErrorAsync(context, -220, "Access token has expired");
                return;
            }
        }

        using var json = await JsonDocument.ParseAsync(context.Request.Body);
        var root = json.RootElement;
        var user = root.GetProperty("recipient").GetProperty("user_id").GetString() ?? "";
        var message = root.GetProperty("message");
        var text = message.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";
        var buttons = new List<ZaloSentButton>();
        if (message.TryGetProperty("attachment", out var attachment))
        {
            foreach (var button in attachment.GetProperty("payload").GetProperty("buttons").EnumerateArray())
            {
                var payload = button.GetProperty("payload");
                var value = payload.ValueKind == JsonValueKind.String ? payload.GetString()!
                    : payload.TryGetProperty("url", out var url) ? url.GetString()! : payload.GetProperty("phone_code").GetString()!;
                buttons.Add(new ZaloSentButton(button.GetProperty("title").GetString() ?? "", button.GetProperty("type").GetString() ?? "", value));
            }
        }

        if (text.Length is 0 or > MaxText || buttons.Count > MaxButtons)
        {
            await ErrorAsync(context, -201, "Parameter is invalid");
            return;
        }

        if (_unfollowed.ContainsKey(user))
        {
            await ErrorAsync(context, -213, "User has not followed OA");
            return;
        }

        if (!_lastInteraction.TryGetValue(user, out var last) || now - last > TimeSpan.FromDays(7))
        {
            await ErrorAsync(context, -230, "User has not interacted with the OA in the last 7 days");
            return;
        }

        _sent.Enqueue(new SentZaloMessage(user, text, buttons, now));
        await context.Response.WriteAsJsonAsync(new JsonObject
        {
            ["error"] = 0,
            ["message"] = "Success",
            ["data"] = new JsonObject { ["message_id"] = Guid.NewGuid().ToString("N"), ["user_id"] = user },
        });
    }

    private async Task TokenAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        if (context.Request.Headers["secret_key"] != Options.AppSecret || form["app_id"] != Options.AppId)
        {
            await context.Response.WriteAsJsonAsync(new JsonObject { ["error"] = -14002, ["error_name"] = "Invalid app" });
            return;
        }

        var grant = form["grant_type"].ToString();
        lock (_gate)
        {
            var valid = grant == "refresh_token" ? form["refresh_token"] == _refreshToken : grant == "authorization_code" && form["code"] == "consent-code";
            if (!valid)
            {
                Interlocked.Increment(ref _refusedRefreshes);
                _ = context.Response.WriteAsJsonAsync(new JsonObject { ["error"] = -14014, ["error_name"] = "Invalid refresh token" });
                return;
            }

            var n = Interlocked.Increment(ref _tokens).ToString(CultureInfo.InvariantCulture);
            _refreshToken = "refresh-" + n;
            _accessToken = "access-" + n;
            _accessExpires = Options.Time.GetUtcNow() + Options.TokenLifetime;
        }

        await context.Response.WriteAsJsonAsync(new JsonObject
        {
            ["access_token"] = _accessToken,
            ["refresh_token"] = _refreshToken,
            ["expires_in"] = ((int)Options.TokenLifetime.TotalSeconds).ToString(CultureInfo.InvariantCulture),
        });
    }

    private static Task ErrorAsync(HttpContext context, int code, string message) =>
        context.Response.WriteAsJsonAsync(new JsonObject { ["error"] = code, ["message"] = message });

    public async ValueTask DisposeAsync()
    {
        _deliveries.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
