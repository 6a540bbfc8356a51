using System.Diagnostics;
using OneStop.FakeBotApi;

namespace OneStop.Bench.Broadcast;

/// <summary>
/// A notice to every subscriber, end to end: an official types /thongbao and presses the buttons at the fake Bot API,
/// the bot (a child process) sends to 10,000 subscribers against a server that answers 429 above 30 sends a second,
/// a citizen chats meanwhile, and the bot is killed with SIGKILL half way and started again. Then the same notice to
/// growing audiences at paid-broadcast speed, for peak memory.
/// </summary>
internal static class BroadcastBench
{
    private const string Notice = "Thứ Tư tuần này Trung tâm nghỉ lễ. Mời bà con mang thẻ căn cước gắn chip đến làm VNeID vào Thứ Tư tuần sau.";

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var options = BroadcastBenchOptions.Parse(args);
        var content = FindContent();
        var folder = Path.Combine(Path.GetTempPath(), "onestop-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            output.WriteLine($"Broadcast benchmark: {options.Subscribers:N0} subscribers, fake Bot API refusing (429) above {options.ServerLimit} sends a second.");
            var main = await RunAsync(options, options.Subscribers, options.ServerLimit, options.KillHalfWay, content, Path.Combine(folder, "main.db"), output);
            var scaling = new List<BroadcastRun>();
            foreach (var size in options.Scaling)
            {
                output.WriteLine($"Paid-broadcast run: {size:N0} subscribers, no server limit …");
                scaling.Add(await RunAsync(options, size, serverLimit: null, kill: false, content, Path.Combine(folder, $"scale-{size}.db"), output));
            }

            BroadcastReport.Write(output, options, main, scaling);
            return main.Lost == 0 ? 0 : 1;
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by a dying process: the OS temp cleaner gets it.
            }
        }
    }

    private static async Task<BroadcastRun> RunAsync(
        BroadcastBenchOptions options, int subscribers, int? serverLimit, bool kill, string content, string database, TextWriter output)
    {
        var clock = TimeProvider.System;
        var paid = serverLimit is null;
        await using var server = await FakeTelegramServer.StartAsync(new FakeServerOptions { MaxSendsPerSecond = serverLimit });
        var chats = BenchAudience.Seed(database, subscribers, clock.GetUtcNow().UtcDateTime);
        var bot = BroadcastBot.Start(server, database, content, paid);
        try
        {
            await server.WaitForCallAsync("getUpdates", 1, TimeSpan.FromMinutes(1));
            var log = new DeliveryLog(server, subscribers);
            var citizen = new ChattingCitizen(server, clock, options.ChatEvery);
            await citizen.WarmUpAsync();
            using var stopChatting = new CancellationTokenSource();
            var started = Stopwatch.StartNew();
            var summary = await BenchOfficial.SendToEveryoneAsync(server, Notice);
            output.WriteLine("  the official's preview: " + summary.Replace('\n', ' '));
            var chatting = paid ? Task.CompletedTask : Task.Run(() => citizen.RunAsync(stopChatting.Token));

            long peak = 0;
            int? deliveredAtKill = null;
            (DateTimeOffset From, DateTimeOffset To)? gap = null;
            if (kill)
            {
                await WaitAsync(() => log.Delivered >= subscribers / 2, Patience(subscribers, serverLimit));
                peak = bot.PeakResidentBytes();
                var killedAt = clock.GetUtcNow();
                deliveredAtKill = log.Delivered;
                await bot.KillAsync();
                output.WriteLine($"  kill -9 after {deliveredAtKill:N0} deliveries; starting the bot again on the same file");
                await bot.DisposeAsync();
                var polls = server.Calls.Count(c => c.Method == "getUpdates");
                bot = BroadcastBot.Start(server, database, content, paid);
                await WaitAsync(() => server.Calls.Count(c => c.Method == "getUpdates") > polls, TimeSpan.FromMinutes(1));
                gap = (killedAt, clock.GetUtcNow() + TimeSpan.FromSeconds(2));
            }

            await WaitAsync(() => BenchOfficial.HasReport(server.Sent), Patience(subscribers, serverLimit));
            var duration = started.Elapsed;
            peak = Math.Max(peak, bot.PeakResidentBytes());
            await stopChatting.CancelAsync();
            await chatting;

            var (lost, repeated) = log.Count(chats);
            var steady = log.Steady(gap);
            var refusals = log.Refusals();
            var replies = citizen.ReplyTimes.Where(r => gap is not { } g || r.Queued < g.From - TimeSpan.FromSeconds(1) || r.Queued > g.To).Select(r => r.Took).ToList();
            return new BroadcastRun
            {
                Subscribers = subscribers,
                Duration = duration,
                SteadyPerSecond = steady.PerSecond,
                RefusedInSteadyState = refusals.Count(t => t >= steady.From && t <= steady.To && (gap is not { } g || t < g.From || t > g.To)),
                RefusedInAll = refusals.Count,
                PeakResidentBytes = peak,
                Lost = lost,
                Repeated = repeated,
                DeliveredAtKill = deliveredAtKill,
                ReplyTimes = replies,
                Report = server.Sent.Last(m => m.ChatId == BroadcastBot.Official && m.Text.Contains("Đã gửi xong", StringComparison.Ordinal)).Text,
            };
        }
        finally
        {
            await bot.DisposeAsync();
        }
    }

    /// <summary>Generous: twice the time the audience takes at the limit, plus two minutes.</summary>
    private static TimeSpan Patience(int subscribers, int? serverLimit) =>
        TimeSpan.FromSeconds(subscribers * 2.0 / (serverLimit ?? 200) + 120);

    private static async Task WaitAsync(Func<bool> condition, TimeSpan patience)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > patience)
            {
                throw new TimeoutException($"The broadcast did not get there within {patience}.");
            }

            await Task.Delay(100);
        }
    }

    internal static string FindContent()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OneStop.sln")))
            {
                return Path.Combine(dir.FullName, "conversation-flows");
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "conversation-flows");
    }
}
