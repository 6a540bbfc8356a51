using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using OneStop.Bench.Conversation;
using OneStop.Bot.Telegram;
using OneStop.Domain.Conversation;
using OneStop.FakeBotApi;
using Telegram.Bot;

namespace OneStop.Bench.Transport;

/// <summary>
/// The ceiling any bot meets on this machine with this transport: the conversation benchmark's burst answered
/// by an echo bot that polls with Telegram.Bot and sends each message one real reply (a procedure card) with
/// the bot's own sender, with no engine and no storage behind it, in a process of its own. The fake server shares
/// the cores, as in the conversation benchmark; the CPU of each side is printed.
/// </summary>
internal static class TransportBench
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var options = BenchOptions.Parse(args);
        await using var server = await FakeTelegramServer.StartAsync(new FakeServerOptions());
        using var echo = StartEcho(server);
        TimeSpan elapsed, echoUsed, serverUsed;
        try
        {
            await server.WaitForCallAsync("getUpdates", 1, TimeSpan.FromMinutes(1));
            await BurstAsync(server, 900_001, options.WarmUpChats, 4);
            echo.Refresh();
            var echoCpu = echo.TotalProcessorTime;
            var ownCpu = Process.GetCurrentProcess().TotalProcessorTime;
            elapsed = await BurstAsync(server, 1, options.BurstChats, options.BurstMessages / options.BurstChats);
            echo.Refresh();
            echoUsed = echo.TotalProcessorTime - echoCpu;
            serverUsed = Process.GetCurrentProcess().TotalProcessorTime - ownCpu;
        }
        finally
        {
            echo.Kill();
        }

        var messages = options.BurstMessages;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"transport only (echo bot, no engine, no storage): {messages:N0} messages from {options.BurstChats:N0} chats in {elapsed.TotalSeconds:0.00} s = {messages / elapsed.TotalSeconds:N0} replies/s"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  CPU a message: echo bot (Telegram.Bot, HttpClient) {echoUsed.TotalMilliseconds * 1000 / messages:0} µs, fake server (and this process feeding it) {serverUsed.TotalMilliseconds * 1000 / messages:0} µs"));
        return 0;
    }

    /// <summary>The echo bot's own process (the benchmark's program again), so that its CPU is counted apart from the server's.</summary>
    public static async Task<int> EchoAsync(string[] args)
    {
        using var http = new HttpClient();
        var bot = new TelegramBotClient(new TelegramBotClientOptions(args[1], args[0]) { RetryCount = 0 }, http);
        var card = BenchEngine.Create().Handle(new Session(), Incoming.Typed(new ChatAddress("telegram", "1"), "dang ky ket hon can gi"), TimeProvider.System.GetUtcNow()).Replies[^1];
        await EchoAsync(bot, card, CancellationToken.None);
        return 0;
    }

    private static Process StartEcho(FakeTelegramServer server)
    {
        var here = AppContext.BaseDirectory;
        var start = new ProcessStartInfo(BotProcess.Dotnet)
        {
            ArgumentList = { Path.Combine(here, "OneStop.Bench.dll"), "transport-echo", server.BaseUrl.ToString(), server.Token },
            UseShellExecute = false,
        };
        return Process.Start(start) ?? throw new InvalidOperationException("Could not start the echo bot.");
    }

    private static async Task<TimeSpan> BurstAsync(FakeTelegramServer server, long firstChat, int chats, int perChat)
    {
        var expected = server.Sent.Count + (chats * perChat);
        var watch = Stopwatch.StartNew();
        for (var round = 0; round < perChat; round++)
        {
            for (var chat = firstChat; chat < firstChat + chats; chat++)
            {
                server.EnqueueText(chat, "dang ky ket hon can gi");
            }
        }

        while (server.Sent.Count < expected)
        {
            await Task.Delay(5);
        }

        return watch.Elapsed;
    }

    /// <summary>Polls as the bot does (batches of 100) and answers each update at once, 64 sends at a time as the dispatcher does.</summary>
    private static async Task EchoAsync(TelegramBotClient bot, Reply card, CancellationToken token)
    {
        var sender = new TelegramSender(bot);
        using var slots = new SemaphoreSlim(64);
        int? offset = null;
        var sends = new List<Task>();
        while (!token.IsCancellationRequested)
        {
            JsonElement[] batch;
            try
            {
                batch = await bot.SendRequest(new RawUpdatesRequest { Offset = offset, Limit = 100, Timeout = 1 }, token);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            foreach (var update in batch)
            {
                var chat = update.GetProperty("message").GetProperty("chat").GetProperty("id").GetInt64();
                await slots.WaitAsync(token);
                sends.Add(SendAsync(sender, slots, chat, card));
                offset = update.GetProperty("update_id").GetInt32() + 1;
            }

            sends.RemoveAll(t => t.IsCompleted);
        }

        await Task.WhenAll(sends);
    }

    private static async Task SendAsync(TelegramSender sender, SemaphoreSlim slots, long chat, Reply card)
    {
        try
        {
            await sender.SendAsync(TelegramChat.Address(chat), card, CancellationToken.None);
        }
        finally
        {
            slots.Release();
        }
    }
}
