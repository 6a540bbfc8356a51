using System.Net;
using OneStop.Bot.Observability;
using OneStop.Bot.Tests.Zalo;
using OneStop.Bot.Webhooks;
using OneStop.FakeZaloOa;

namespace OneStop.Bot.Tests.Observability;

/// <summary>/readyz and the metrics for the Zalo channel: its token, its last send, refused deliveries.</summary>
public sealed class ZaloHealthTests
{
    private const string Citizen = "5120000000000000001";

    [Fact]
    public async Task Without_any_token_readyz_says_to_run_zalo_auth()
    {
        await using var scene = await ZaloScene.StartAsync(new Dictionary<string, string?> { ["Zalo:RefreshToken"] = "" });
        var (status, body) = await ReadyAsync(scene);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("zalo token: none stored; run zalo-auth", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_send_makes_readyz_503_a_refused_request_is_logged_without_the_citizen_and_a_forged_delivery_is_counted()
    {
        await using var scene = await ZaloScene.StartAsync();
        var (status, _) = await ReadyAsync(scene);
        Assert.Equal(HttpStatusCode.OK, status);

        scene.Oa.FailNextSends(500);
        await scene.SayAsync(Citizen, "dang ky ket hon can gi");
        await scene.UntilAsync(() => scene.Get<Readiness>().Problems().Count > 0, TimeSpan.FromMilliseconds(100));
        string body;
        (status, body) = await ReadyAsync(scene);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("zalo send: the platform answered 500", body, StringComparison.Ordinal);
        // The fake OA records the message before the bot reads its answer: wait for the bot to have read it.
        await scene.UntilAsync(() => scene.Oa.SentTo(Citizen).Count > 0 && scene.Get<Readiness>().Problems().Count == 0, TimeSpan.FromSeconds(1));
        (status, _) = await ReadyAsync(scene);
        Assert.Equal(HttpStatusCode.OK, status);

        scene.Oa.FailNextSends(-201);
        await scene.SayAsync(Citizen, "le phi bao nhieu");
        await scene.UntilAsync(() => scene.Log.Entries.Any(e => e.Message.Contains("-201", StringComparison.Ordinal) || e.Message.Contains("invalid", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Unauthorized, (await scene.DeliverAsync(ZaloEvents.Text(scene.Oa.Options, Citizen, "x", scene.Time.GetUtcNow()), ZaloSigning.WrongKey)).Status);
        using var http = new HttpClient();
        var scrape = await http.GetStringAsync(new Uri(scene.Get<WebhookServer>().Addresses[0], "/metrics"));

        Assert.DoesNotContain(Citizen, scene.Log.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, PrometheusText.Value(scrape, "onestop_sends_failed_total", "channel=\"zalo\"", "error_type=\"5xx\""));
        Assert.Equal(1, PrometheusText.Value(scrape, "onestop_webhook_rejected_total", "channel=\"zalo\"", "reason=\"signature\""));
        Assert.Equal(2, PrometheusText.Value(scrape, "onestop_messages_received_total", "channel=\"zalo\"", "kind=\"text\""));
    }

    private static async Task<(HttpStatusCode Status, string Body)> ReadyAsync(ZaloScene scene)
    {
        using var http = new HttpClient();
        using var response = await http.GetAsync(new Uri(scene.Get<WebhookServer>().Addresses[0], "/readyz"));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
