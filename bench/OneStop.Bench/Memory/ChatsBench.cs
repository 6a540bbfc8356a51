using System.Diagnostics;
using System.Globalization;
using OneStop.Bench.Conversation;
using OneStop.FakeBotApi;

namespace OneStop.Bench.Memory;

/// <summary>
/// Memory as chats accumulate (issue 15): citizens who write for the first time, one message each, at a steady
/// rate, against the bot in a process of its own. Prints its resident memory before them, at its peak, right
/// after them and after a minute's quiet, the LiteDB file's size, and the reply times of the first and the last
/// tenth of the chats (replies must not slow down as chats accumulate).
/// </summary>
internal static class ChatsBench
{
    private static readonly string[] FirstMessage = ["đăng ký kết hôn cần gì"];

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var options = ChatsBenchOptions.Parse(args);
        var clock = new MonotonicClock();
        var folder = Path.Combine(Path.GetTempPath(), "onestop-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            await using var server = await FakeTelegramServer.StartAsync(new FakeServerOptions { Time = clock });
            var database = Path.Combine(folder, "chats.db");
            await using var bot = BotProcess.Start(server, database);
            await server.WaitForCallAsync("getUpdates", 1, TimeSpan.FromMinutes(1));
            var script = new ChatScript(BenchEngine.Create(), FirstMessage, clock.GetUtcNow());
            var perChat = script.RepliesTo(0);

            // Warm-up: the JIT, the connection pool, LiteDB's first pages; then the bot settles.
            var warm = new ReplyLatencies(script);
            for (var chat = 9_000_001L; chat < 9_000_001L + options.WarmUpChats; chat++)
            {
                warm.Queued(chat, clock.GetUtcNow());
                server.EnqueueText(chat, FirstMessage[0]);
            }

            await WaitForAsync(server, options.WarmUpChats * perChat, TimeSpan.FromMinutes(2));
            await Task.Delay(options.Settle);
            var start = bot.ResidentBytes();

            // Reply times per tenth of the chats: do they grow with the file?
            var tenths = Enumerable.Range(0, 10).Select(_ => new ReplyLatencies(script)).ToArray();
            // The bot's CPU while each tenth was fed: unlike reply times, it does not depend on what else the machine runs.
            var cpu = new List<TimeSpan> { bot.ProcessorTime };
            var baseline = server.Sent.Count;
            var interval = TimeSpan.FromSeconds(1.0 / options.Rate);
            var began = clock.GetTimestamp();
            var sampled = Stopwatch.StartNew();
            long highest = start;
            for (var i = 0; i < options.Chats; i++)
            {
                var early = interval * i - clock.GetElapsedTime(began);
                if (early > TimeSpan.FromMilliseconds(1))
                {
                    await Task.Delay(early);
                }

                if (sampled.ElapsedMilliseconds >= 500)
                {
                    highest = Math.Max(highest, bot.ResidentBytes());
                    sampled.Restart();
                }

                if (i > 0 && i % Math.Max(1, options.Chats / 10) == 0)
                {
                    cpu.Add(bot.ProcessorTime);
                }

                var chat = 1L + i;
                tenths[Math.Min(9, i * 10 / options.Chats)].Queued(chat, clock.GetUtcNow());
                server.EnqueueText(chat, FirstMessage[0]);
            }

            var answered = await WaitForAsync(server, baseline + (options.Chats * perChat), TimeSpan.FromMinutes(5));
            var fed = clock.GetElapsedTime(began);
            cpu.Add(bot.ProcessorTime);
            var after = bot.ResidentBytes();
            await Task.Delay(options.Quiet);
            var quiet = bot.ResidentBytes();
            var peak = bot.PeakResidentBytes();
            var sent = server.Sent;
            var byTenth = tenths.Select(t => t.Measure(sent).Latencies).ToList();

            var culture = CultureInfo.InvariantCulture;
            output.WriteLine(string.Create(culture, $"OneStop memory as chats accumulate: {options.Chats:N0} new chats, one message each, {options.Rate}/s; {Environment.ProcessorCount} cores, .NET {Environment.Version}"));
            output.WriteLine(string.Create(culture, $"  answered       {answered - baseline:N0} of {options.Chats * perChat:N0} messages in {fed.TotalSeconds:0.0} s"));
            output.WriteLine(string.Create(culture, $"  RSS at start   {Mb(start)}   (after {options.WarmUpChats} warm-up chats and {options.Settle.TotalSeconds:0} s quiet)"));
            output.WriteLine(string.Create(culture, $"  RSS peak       {Mb(Math.Max(peak, highest))}   (VmHWM, the whole life of the process)"));
            output.WriteLine(string.Create(culture, $"  RSS after      {Mb(after)}   (+{Mb(after - start)})"));
            output.WriteLine(string.Create(culture, $"  RSS after {options.Quiet.TotalSeconds:0} s quiet {Mb(quiet)}   (+{Mb(quiet - start)})"));
            output.WriteLine(string.Create(culture, $"  LiteDB file    {Mb(FileSize(database))}"));
            output.WriteLine(string.Create(culture, $"  reply time, first tenth of the chats: p50 {Ms(byTenth[0], 50)}, p99 {Ms(byTenth[0], 99)}; last tenth: p50 {Ms(byTenth[9], 50)}, p99 {Ms(byTenth[9], 99)}"));
            output.WriteLine("  bot CPU by tenth: " + string.Join(" | ", cpu.Zip(cpu.Skip(1), (a, b) => string.Create(culture, $"{(b - a).TotalSeconds:0.0} s"))));
            output.WriteLine("  p50 / p99 by tenth: " + string.Join(" | ", byTenth.Select(t => $"{Ms(t, 50)} / {Ms(t, 99)}")));
            return 0;
        }
        finally
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

    private static async Task<int> WaitForAsync(FakeTelegramServer server, int sent, TimeSpan patience)
    {
        var watch = Stopwatch.StartNew();
        while (server.Sent.Count < sent && watch.Elapsed < patience)
        {
            await Task.Delay(50);
        }

        return server.Sent.Count;
    }

    private static long FileSize(string database) =>
        new[] { database, Path.ChangeExtension(database, null) + "-log.db" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);

    private static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024:0.0} MB");

    private static string Ms(List<TimeSpan> times, int percentile)
    {
        if (times.Count == 0)
        {
            return "-";
        }

        times.Sort();
        var at = times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * percentile / 100.0) - 1)];
        return string.Create(CultureInfo.InvariantCulture, $"{at.TotalMilliseconds:0.0} ms");
    }
}
