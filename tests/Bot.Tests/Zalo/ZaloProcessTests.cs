using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using OneStop.Bot.Tests.Support;
using OneStop.FakeZaloOa;

namespace OneStop.Bot.Tests.Zalo;

/// <summary>The real program on Zalo, killed with -9 right after answering 200 to a burst of deliveries: nothing is lost.</summary>
public sealed partial class ZaloProcessTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_kill_9_after_the_200s_loses_no_event_the_next_run_answers_every_citizen()
    {
        await using var oa = await FakeZaloServer.StartAsync(new FakeZaloOptions());
        var settings = new Dictionary<string, string?>
        {
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
            ["Zalo:AppId"] = oa.Options.AppId,
            ["Zalo:AppSecret"] = oa.Options.AppSecret,
            ["Zalo:OaSecretKey"] = oa.Options.OaSecretKey,
            ["Zalo:RefreshToken"] = oa.Options.FirstRefreshToken,
            ["Zalo:ApiBaseUrl"] = oa.BaseUrl.ToString(),
            ["Zalo:OAuthBaseUrl"] = oa.BaseUrl.ToString(),
            ["Storage:Path"] = _folder.File("bot.db"),
            ["Content:Path"] = Repository.Content,
        };
        var users = Enumerable.Range(0, 200).Select(i => (6_000_000_000_000_000_000L + i).ToString(CultureInfo.InvariantCulture)).ToList();

        await using (var first = BotHostProcess.Start(settings, _folder.Path))
        {
            var webhook = await WebhookAsync(first);
            // One citizen first, so the token is refreshed and stored before the kill.
            await oa.DeliverAsync(webhook, ZaloEvents.Text(oa.Options, users[0], "/help", TimeProvider.System.GetUtcNow()));
            await WaitAsync(() => oa.SentTo(users[0]).Count > 0, first);
            var answers = await Task.WhenAll(users.Skip(1).Select(u => oa.DeliverAsync(webhook, ZaloEvents.Text(oa.Options, u, "/help", TimeProvider.System.GetUtcNow()))));
            await first.KillAsync();
            Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        }

        await using var second = BotHostProcess.Start(settings, _folder.Path);
        await WaitAsync(() => users.All(u => oa.SentTo(u).Count > 0), second);
        Assert.Equal(0, oa.RefusedRefreshes);
    }

    private static async Task<Uri> WebhookAsync(BotHostProcess bot)
    {
        Match? found = null;
        await WaitAsync(() => (found = Listening().Match(bot.Output)).Success, bot);
        return new Uri(new Uri(found!.Groups["address"].Value), "/zalo/webhook");
    }

    private static async Task WaitAsync(Func<bool> condition, BotHostProcess bot)
    {
        using var patience = new CancellationTokenSource(BotHost.Patience * 2);
        while (!condition())
        {
            if (patience.IsCancellationRequested || bot.HasExited)
            {
                throw new TimeoutException($"The condition did not hold. The bot wrote:\n{bot.Output}");
            }

            await Task.Delay(50);
        }
    }

    [GeneratedRegex(@"Listening for webhooks on (?<address>http://127\.0\.0\.1:\d+/)")]
    private static partial Regex Listening();
}
