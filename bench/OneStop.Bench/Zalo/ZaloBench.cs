using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OneStop.Bot.Hosting;
using OneStop.Bot.Storage;
using OneStop.Bot.Webhooks;
using OneStop.Bot.Zalo;
using OneStop.FakeZaloOa;

namespace OneStop.Bench.Zalo;

/// <summary>
/// Zalo webhook deliveries at a steady rate (default 1,000 a second for 10 s), each from a new citizen, signed as Zalo
/// signs, with the replies flowing to the fake OA. Prints p50/p99 of the time to the 200 and of the time to the reply,
/// and whether anything was lost. The bot and the fake OA run in this process (one machine, shared CPU).
/// </summary>
internal static class ZaloBench
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var rate = Option(args, "--rate", 1000);
        var seconds = Option(args, "--seconds", 10);
        var total = rate * seconds;
        var folder = Directory.CreateTempSubdirectory("onestop-zalo-bench");
        await using var oa = await FakeZaloServer.StartAsync(new FakeZaloOptions());
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, Args = [] });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Zalo:AppId"] = oa.Options.AppId,
            ["Zalo:AppSecret"] = oa.Options.AppSecret,
            ["Zalo:OaSecretKey"] = oa.Options.OaSecretKey,
            ["Zalo:RefreshToken"] = oa.Options.FirstRefreshToken,
            ["Zalo:ApiBaseUrl"] = oa.BaseUrl.ToString(),
            ["Zalo:OAuthBaseUrl"] = oa.BaseUrl.ToString(),
            ["Storage:Path"] = Path.Combine(folder.FullName, "bot.db"),
        });
        builder.AddOneStop(Invocation.Parse([]));
        builder.Logging.ClearProviders();
        using var host = builder.Build();
        await host.StartAsync();
        var webhook = new Uri(host.Services.GetRequiredService<WebhookServer>().Addresses[0], "/zalo/webhook");

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Zalo: {total:N0} webhook deliveries at {rate:N0}/s, each from a new citizen (\"/help\"); bot and fake OA in one process"));
        var started = new ConcurrentDictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var acks = new ConcurrentBag<double>();
        var failures = 0;
        var clock = Stopwatch.StartNew();
        var sends = new List<Task>(total);
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            var user = (5_000_000_000_000_000_000L + i).ToString(CultureInfo.InvariantCulture);
            sends.Add(Task.Run(async () =>
            {
                started[user] = TimeProvider.System.GetUtcNow();
                var (status, elapsed) = await oa.DeliverAsync(webhook, ZaloEvents.Text(oa.Options, user, "/help", TimeProvider.System.GetUtcNow()));
                acks.Add(elapsed.TotalMilliseconds);
                if (status != HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref failures);
                }
            }));
        }

        await Task.WhenAll(sends);
        var fed = clock.Elapsed;
        var events = host.Services.GetRequiredService<InboundEventStore>();
        while (events.Pending(ZaloChat.Channel, 1).Count > 0 || oa.Sent.Select(m => m.UserId).Distinct().Count() < total)
        {
            if (clock.Elapsed > fed + TimeSpan.FromMinutes(3))
            {
                break;
            }

            await Task.Delay(100);
        }

        var firstReply = oa.Sent.GroupBy(m => m.UserId).ToDictionary(g => g.Key, g => g.Min(m => m.At));
        var replies = started.Where(s => firstReply.ContainsKey(s.Key)).Select(s => (firstReply[s.Key] - s.Value).TotalMilliseconds).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  fed in {fed.TotalSeconds:F1} s; non-200 answers: {failures}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  time to the 200: p50 {Percentile(acks, 0.50):F1} ms, p99 {Percentile(acks, 0.99):F1} ms, max {acks.Max():F1} ms"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  time to the reply: p50 {Percentile(replies, 0.50):F0} ms, p99 {Percentile(replies, 0.99):F0} ms"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  citizens answered: {firstReply.Count:N0} of {total:N0}; events not handled: {events.Pending(ZaloChat.Channel, total).Count}"));
        await host.StopAsync();
        return firstReply.Count == total && failures == 0 ? 0 : 1;
    }

    private static double Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }
}
