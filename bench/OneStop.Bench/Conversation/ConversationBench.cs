using System.Diagnostics;
using System.Globalization;
using OneStop.FakeBotApi;

namespace OneStop.Bench.Conversation;

/// <summary>
/// Citizens chatting with the bot, end to end: the fake Bot API queues their messages, the real host polls
/// them with Telegram.Bot, answers through the engine, commits to LiteDB and sends through the outbox.
/// A burst (everyone at once), then a steady rate. The bot runs as a child process (or in this one with --in-process).
/// </summary>
internal static class ConversationBench
{
    private static readonly TimeSpan MostAPhaseMayTake = TimeSpan.FromMinutes(3);

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var options = BenchOptions.Parse(args);
        var clock = new MonotonicClock();
        var folder = Path.Combine(Path.GetTempPath(), "onestop-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            await using var server = await FakeTelegramServer.StartAsync(new FakeServerOptions { Time = clock });
            var database = Path.Combine(folder, "bench.db");
            await using var inProcess = options.InProcess ? await BenchBot.StartAsync(server, database, clock) : null;
            await using var bot = new BotUnderTest(options.InProcess ? null : BotProcess.Start(server, database));
            await server.WaitForCallAsync("getUpdates", 1, TimeSpan.FromMinutes(1));
            var script = new ChatScript(BenchEngine.Create(), ChatScript.Citizen, clock.GetUtcNow());
            script.RepliesFor(options.LongestChat);

            // Warm-up: the JIT, the HTTP connection pool and LiteDB's pages, not counted.
            await BurstAsync("warm-up", server, bot, clock, script, firstChat: 900_001, options.WarmUpChats, messagesPerChat: 4);
            var phases = new List<PhaseResult>
            {
                await BurstAsync("burst", server, bot, clock, script, firstChat: 1, options.BurstChats, options.BurstMessages / options.BurstChats),
                await SteadyAsync(server, bot, clock, script, firstChat: 100_001, options),
            };
            Report.Write(output, phases, options, bot.Where);
            return 0;
        }
        finally
        {
            TryDelete(folder);
        }
    }

    private static async Task<PhaseResult> BurstAsync(
        string name, FakeTelegramServer server, BotUnderTest bot, TimeProvider clock, ChatScript script, long firstChat, int chats, int messagesPerChat)
    {
        var latencies = new ReplyLatencies(script);
        var baseline = server.Sent.Count;
        var cpu = bot.ProcessorTime;
        var ownCpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var round = 0; round < messagesPerChat; round++)
        {
            for (var chat = firstChat; chat < firstChat + chats; chat++)
            {
                latencies.Queued(chat, clock.GetUtcNow());
                server.EnqueueText(chat, script.Line(round));
            }
        }

        return await FinishAsync(name, server, bot, latencies, baseline, cpu, ownCpu);
    }

    private static async Task<PhaseResult> SteadyAsync(FakeTelegramServer server, BotUnderTest bot, TimeProvider clock, ChatScript script, long firstChat, BenchOptions options)
    {
        var latencies = new ReplyLatencies(script);
        var baseline = server.Sent.Count;
        var cpu = bot.ProcessorTime;
        var ownCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var total = options.SteadyRate * options.SteadySeconds;
        var interval = TimeSpan.FromSeconds(1.0 / options.SteadyRate);
        var start = clock.GetTimestamp();
        for (var i = 0; i < total; i++)
        {
            // Paced on a schedule, not by sleeping a fixed interval: a late timer is caught up, not added up.
            var due = interval * i;
            var early = due - clock.GetElapsedTime(start);
            if (early > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(early);
            }

            var chat = firstChat + (i % options.SteadyChats);
            latencies.Queued(chat, clock.GetUtcNow());
            server.EnqueueText(chat, script.Line(i / options.SteadyChats));
        }

        return await FinishAsync("steady", server, bot, latencies, baseline, cpu, ownCpu);
    }

    private static async Task<PhaseResult> FinishAsync(string name, FakeTelegramServer server, BotUnderTest bot, ReplyLatencies latencies, int baseline, TimeSpan cpuBefore, TimeSpan ownCpuBefore)
    {
        var expected = baseline + latencies.ExpectedReplies;
        var watch = Stopwatch.StartNew();
        // Checked every 10 ms rather than on every send, so that waiting costs the bot nothing.
        while (server.Sent.Count < expected && watch.Elapsed < MostAPhaseMayTake)
        {
            await Task.Delay(10);
        }

        var sent = server.Sent;
        var (measured, lastReply) = latencies.Measure(sent);
        if (sent.Count < expected)
        {
            await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{name}: only {sent.Count - baseline} of {expected - baseline} replies arrived within {MostAPhaseMayTake}."));
        }

        await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {latencies.Messages} messages, the bot used {(bot.ProcessorTime - cpuBefore).TotalSeconds:0.00} s of CPU, this process (fake server and clients) {(Process.GetCurrentProcess().TotalProcessorTime - ownCpuBefore).TotalSeconds:0.00} s"));
        return new PhaseResult(
            name,
            latencies.Messages,
            latencies.Chats,
            sent.Count - baseline,
            lastReply - latencies.FirstQueued,
            measured,
            bot.PeakResidentBytes());
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS temp cleaner gets it.
        }
    }
}
