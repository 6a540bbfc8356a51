using System.Diagnostics;
using OneStop.Bench.Broadcast;
using OneStop.Bench.Conversation;
using OneStop.FakeBotApi;

namespace OneStop.Bench.Soak;

/// <summary>
/// A long night of faults (issue 15): citizens write at an evening's rate while the fake Bot API throws flood storms with
/// long retry_after, 5xx, dropped connections, lost answers and slow answers at the bot, a notice goes to every subscriber
/// half way, and the bot is killed with SIGKILL and restarted on a schedule. Then it counts what was lost and repeated.
/// </summary>
internal static class SoakBench
{
    private const string Notice = "Tối nay mất điện từ 20 giờ đến 22 giờ, Trung tâm vẫn làm việc bình thường vào sáng mai.";

    /// <summary>Faults on about one call in twelve: each kind is rare, together they never stop.</summary>
    private static readonly FaultMix Faults = new()
    {
        ServerErrors = 0.03,
        DroppedConnections = 0.02,
        LostAnswers = 0.005,
        SlowAnswers = 0.03,
        SlowBy = TimeSpan.FromSeconds(2),
    };

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var options = SoakOptions.Parse(args);
        var clock = new MonotonicClock();
        var folder = Path.Combine(Path.GetTempPath(), "onestop-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var database = Path.Combine(folder, "soak.db");
            await using var server = await FakeTelegramServer.StartAsync(new FakeServerOptions { Time = clock });
            var audience = BenchAudience.Seed(database, options.Subscribers, clock.GetUtcNow().UtcDateTime);
            await using var bot = new SoakBot(server, database, BroadcastBench.FindContent(), clock);
            await bot.StartAsync();
            var script = new ChatScript(BenchEngine.Create(), ChatScript.Citizen, clock.GetUtcNow());
            await WarmUpAsync(server, script);
            var start = bot.ResidentBytes();
            output.WriteLine($"Soak: {options.Minutes} min, {options.Rate} messages/s over {options.Chats:N0} chats, a notice to {options.Subscribers:N0} subscribers half way, kill -9 every {options.KillEvery.TotalMinutes:0} min.");

            server.InjectFaults(Faults);
            var ledger = new SoakLedger(script);
            var storms = new List<SoakWindow>();
            var began = clock.GetUtcNow();
            var director = Task.Run(() => DirectAsync(options, server, bot, clock, began, storms));
            await FeedAsync(options, server, ledger, clock);
            var notice = await director;
            server.InjectFaults(null);

            // The faults stop with the evening; what is owed must still arrive.
            var settled = Stopwatch.StartNew();
            var patience = TimeSpan.FromMinutes(10);
            while ((CitizenReplies(server.Sent, ledger) < ledger.ExpectedReplies || !BenchOfficial.HasReport(server.Sent)) && settled.Elapsed < patience)
            {
                await Task.Delay(500);
            }

            try
            {
                await notice.WaitAsync(TimeSpan.FromMinutes(1));
            }
            catch (TimeoutException ex)
            {
                output.WriteLine("The official's notice did not get through: " + ex.Message.Split('\n')[0]);
            }

            await Task.Delay(TimeSpan.FromSeconds(3));
            bot.Remember();
            var tally = ledger.Tally(server.Sent, bot.Kills);
            var (noticesLost, noticesRepeated) = new DeliveryLog(server, options.Subscribers).Count(audience);
            SoakReport.Write(output, new SoakRun(options, ledger.Messages, tally, bot.Kills, storms, start, bot.ResidentAtEnd, bot.Peak,
                FileSize(database), server.Injected, noticesLost, noticesRepeated, settled.Elapsed));
            return tally.Lost == 0 && noticesLost == 0 ? 0 : 1;
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

    private static async Task WarmUpAsync(FakeTelegramServer server, ChatScript script)
    {
        const int chats = 200;
        var before = server.Sent.Count;
        for (var chat = 7_000_001L; chat <= 7_000_000L + chats; chat++)
        {
            server.EnqueueText(chat, script.Line(0));
        }

        await server.WaitForSentAsync(s => s.Count >= before + (chats * script.RepliesTo(0)), TimeSpan.FromMinutes(2));
    }

    /// <summary>Paced on a schedule, not by sleeping a fixed interval: a late timer is caught up, not added up.</summary>
    private static async Task FeedAsync(SoakOptions options, FakeTelegramServer server, SoakLedger ledger, TimeProvider clock)
    {
        var total = (long)options.Rate * (long)options.Length.TotalSeconds;
        var interval = TimeSpan.FromSeconds(1.0 / options.Rate);
        var began = clock.GetTimestamp();
        for (var i = 0L; i < total; i++)
        {
            var early = (interval * i) - clock.GetElapsedTime(began);
            if (early > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(early);
            }

            var chat = 1 + (i % options.Chats);
            server.EnqueueText(chat, ledger.Queue(chat, clock.GetUtcNow()));
        }
    }

    /// <summary>Storms, kills and the notice, each at its time; returns the official's notice, still on its way.</summary>
    private static async Task<Task> DirectAsync(SoakOptions options, FakeTelegramServer server, SoakBot bot, TimeProvider clock, DateTimeOffset began, List<SoakWindow> storms)
    {
        // Half way, but not at a kill: the official's /thongbao should meet a running bot (see README on a kill right after it).
        var events = new List<(TimeSpan At, string What)> { ((options.Length / 2) + (options.KillEvery / 10), "notice") };
        for (var at = options.KillEvery; at < options.Length; at += options.KillEvery)
        {
            events.Add((at, "kill"));
        }

        for (var at = options.KillEvery * 0.3; at < options.Length; at += options.KillEvery)
        {
            events.Add((at, "storm"));
        }

        Task notice = Task.CompletedTask;
        foreach (var (at, what) in events.OrderBy(e => e.At))
        {
            var wait = began + at - clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }

            switch (what)
            {
                case "notice":
                    notice = BenchOfficial.SendToEveryoneAsync(server, Notice);
                    break;
                case "storm":
                    server.StartFloodStorm(options.StormLength);
                    storms.Add(new SoakWindow(clock.GetUtcNow(), clock.GetUtcNow() + options.StormLength));
                    break;
                default:
                    await bot.KillAndRestartAsync();
                    break;
            }
        }

        return notice;
    }

    private static int CitizenReplies(IReadOnlyList<SentMessage> sent, SoakLedger ledger) =>
        sent.Count(m => m.Method == "sendMessage" && ledger.IsCitizen(m.ChatId));

    private static long FileSize(string database) =>
        new[] { database, Path.ChangeExtension(database, null) + "-log.db" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);
}
