using System.Globalization;
using OneStop.Bot.Notices;
using OneStop.Bot.Storage;
using OneStop.Bot.Tests.Support;
using OneStop.Domain.Conversation;
using OneStop.Domain.Notices;
using OneStop.FakeBotApi;

namespace OneStop.Bot.Tests.Notices;

/// <summary>
/// The built program as a child process, killed with SIGKILL in the middle of a broadcast and started again on the
/// same file. Real time (another process cannot share a fake clock), so the pace is raised to be quick.
/// </summary>
public sealed class BroadcastKillTests : IAsyncLifetime, IDisposable
{
    private const long Official = 9001;
    private const int InFlight = 8;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly TempFolder _folder = new();
    private FakeTelegramServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeTelegramServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task After_kill_9_half_way_the_broadcast_carries_on_nobody_is_missed_and_only_messages_on_the_wire_can_repeat()
    {
        var crowd = Enumerable.Range(20_000, 400).Select(i => (long)i).ToArray();
        Seed(crowd);
        var settings = BotHost.Settings(_server, _folder.File("bot.db"));
        settings["Staff:Members:0:TelegramId"] = Official.ToString(CultureInfo.InvariantCulture);
        settings["Delivery:BroadcastPerSecond"] = "150";
        settings["Delivery:MaxBroadcastInFlight"] = InFlight.ToString(CultureInfo.InvariantCulture);

        await using (var first = BotHostProcess.Start(settings, _folder.Path))
        {
            await _server.WaitForCallAsync("getUpdates", 1, Patience);
            _server.EnqueueText(Official, "/thongbao Thứ Tư này nghỉ lễ.");
            await PressAsync("tb:all:");
            await PressAsync("tb:now:");
            await _server.WaitForSentAsync(_ => Delivered(crowd) >= crowd.Length / 3, Patience);
            await first.KillAsync();
        }

        var atKill = Delivered(crowd);
        Assert.InRange(atKill, 1, crowd.Length - 1);
        await using var second = BotHostProcess.Start(settings, _folder.Path);
        var sent = await _server.WaitForSentAsync(s => s.Any(IsReport), Patience);

        var counts = crowd.ToDictionary(c => c, c => _server.SentTo(c).Count(m => m.Text.StartsWith("📣", StringComparison.Ordinal)));
        Assert.DoesNotContain(counts, pair => pair.Value == 0);
        Assert.InRange(counts.Values.Sum(n => n - 1), 0, InFlight);
        Assert.Contains("Đã nhận:", sent.Last(IsReport).Text);
    }

    private static bool IsReport(SentMessage message) =>
        message.ChatId == Official && message.Method == "sendMessage" && message.Text.Contains("Đã gửi xong", StringComparison.Ordinal);

    private int Delivered(long[] crowd)
    {
        var set = crowd.ToHashSet();
        return _server.Sent.Where(m => set.Contains(m.ChatId)).Select(m => m.ChatId).Distinct().Count();
    }

    private async Task PressAsync(string payloadStart)
    {
        static string? Find(IReadOnlyList<SentMessage> sent, string start) => sent.Where(m => m.ChatId == Official)
            .SelectMany(m => m.InlineButtons.SelectMany(r => r))
            .LastOrDefault(b => b.CallbackData?.StartsWith(start, StringComparison.Ordinal) == true).CallbackData;
        var sent = await _server.WaitForSentAsync(s => Find(s, payloadStart) is not null, Patience);
        _server.EnqueueCallback(Official, Find(sent, payloadStart)!);
    }

    /// <summary>Subscribers written straight into the file before the bot starts, as if each had typed /dangky.</summary>
    private void Seed(long[] crowd)
    {
        using var db = new BotDatabase(_folder.File("bot.db"));
        // The program runs on the system clock: sessions seeded "now" are not past the retention period.
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        db.InTransaction(() =>
        {
            foreach (var citizen in crowd)
            {
                var session = new Session { Id = BotHost.Key(citizen), State = "menu", CreatedUtc = now, UpdatedUtc = now };
                NoticeSubscription.Set(session, null);
                db.Sessions.Upsert(session);
                SubscriberStore.Subscribe(db, session.Id, null, [], now);
            }
        });
    }
}
