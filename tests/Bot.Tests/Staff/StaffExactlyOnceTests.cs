using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OneStop.Bot.Notices;
using OneStop.Bot.Storage;
using OneStop.Bot.Tests.Support;
using OneStop.Domain.Notices;
using OneStop.FakeBotApi;

namespace OneStop.Bot.Tests.Staff;

/// <summary>
/// The soak's defect: a staff command handled before a kill -9 and again after the restart, because its effects were
/// committed and its "handled" mark was not yet. Here the mark's write fails (a full disk at that very moment, which
/// leaves the file as a kill there would): the update is not confirmed and Telegram delivers it again. The tool's
/// effects and the mark are one transaction, so the first try left nothing, and the command takes effect once.
/// </summary>
public sealed class StaffExactlyOnceTests : IAsyncLifetime, IDisposable
{
    private const long Official = 9101;
    private const long Group = -100_9101;
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(BotHost.Morning);
    private readonly MarkWriteFault _fault = new();
    private FakeTelegramServer _server = null!;
    private BotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeTelegramServer.StartAsync(new FakeServerOptions { Time = _time });
        _bot = await BotHost.StartAsync(
            _server,
            _time,
            _folder.File("bot.db"),
            new Dictionary<string, string?>
            {
                ["Staff:Members:0:TelegramId"] = Official.ToString(CultureInfo.InvariantCulture),
                ["Staff:GroupChatId"] = Group.ToString(CultureInfo.InvariantCulture),
            },
            services => services.AddSingleton<IWriteFault>(_fault));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _server.DisposeAsync();
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_thongbao_whose_handled_mark_failed_to_commit_is_handled_once_when_delivered_again()
    {
        var warmUp = _server.EnqueueText(Official, "/thongbao huy");
        await _bot.WaitUntilHandledAsync(warmUp);
        var before = _server.SentTo(Official).Count;

        _fault.FailNextWriteTo("positions");
        var command = _server.EnqueueText(Official, "/thongbao");
        await _bot.AdvanceUntilAsync(() => _server.LastConfirmedOffset > command && _fault.Failed == 1, Second);
        await _bot.WaitUntilHandledAsync(command);

        var asked = _server.SentTo(Official).Skip(before).Where(m => m.Text.StartsWith("📣 Soạn thông báo", StringComparison.Ordinal));
        Assert.Single(asked);
        var drafts = _bot.Get<BroadcastStore>().All.FindAll().ToList();
        Assert.Equal(BroadcastStatus.Draft, Assert.Single(drafts).Status);
    }

    [Fact]
    public async Task A_staff_command_whose_effects_committed_is_not_handled_again_when_delivered_again()
    {
        var command = _server.EnqueueText(Official, "/thongbao");
        await _bot.WaitUntilHandledAsync(command);

        // Telegram delivers the batch again after a crash that came before the offset was confirmed.
        _server.Redeliver(command);
        var next = _server.EnqueueText(Official, "/thongbao huy");
        await _bot.WaitUntilHandledAsync(next);

        Assert.Single(_server.SentTo(Official), m => m.Text.StartsWith("📣 Soạn thông báo", StringComparison.Ordinal));
        Assert.Single(_bot.Get<BroadcastStore>().All.FindAll());
    }

    /// <summary>Fails the next write to one collection, once, as a full disk would.</summary>
    private sealed class MarkWriteFault : IWriteFault
    {
        private string? _collection;
        private int _failed;

        public int Failed => Volatile.Read(ref _failed);

        public void FailNextWriteTo(string collection) => Volatile.Write(ref _collection, collection);

        public Exception? Next(string? collection)
        {
            if (collection is null || Interlocked.CompareExchange(ref _collection, null, collection) != collection)
            {
                return null;
            }

            Interlocked.Increment(ref _failed);
            return new IOException("No space left on device");
        }
    }
}
