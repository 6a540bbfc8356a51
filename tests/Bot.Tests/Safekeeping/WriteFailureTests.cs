using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OneStop.Bot.Observability;
using OneStop.Bot.Storage;
using OneStop.Bot.Tests.Support;
using OneStop.FakeBotApi;

namespace OneStop.Bot.Tests.Safekeeping;

/// <summary>
/// When the database cannot be written (a full disk, injected through <see cref="IWriteFault"/>): Telegram's updates are
/// not confirmed, staff are told once, each citizen gets one apology, and once writes work again every update is answered.
/// </summary>
public sealed class WriteFailureTests : IAsyncLifetime, IDisposable
{
    private const long Citizen = 801;
    private const long Other = 802;
    private const long Group = -100_801;
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(BotHost.Morning);
    private readonly SwitchedWriteFault _fault = new();
    private FakeTelegramServer _server = null!;
    private BotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeTelegramServer.StartAsync(new FakeServerOptions { Time = _time });
        _bot = await BotHost.StartAsync(
            _server,
            _time,
            _folder.File("bot.db"),
            new Dictionary<string, string?> { ["Staff:GroupChatId"] = Group.ToString(CultureInfo.InvariantCulture) },
            services => services.AddSingleton<IWriteFault>(_fault));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _server.DisposeAsync();
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task While_writes_fail_nothing_is_confirmed_and_after_they_work_again_everything_is_answered_once()
    {
        var warmUp = _server.EnqueueText(Citizen, "/start");
        await _bot.WaitForSentToAsync(Citizen, 1);
        await _bot.WaitUntilHandledAsync(warmUp);

        _fault.Failing = true;
        var first = _server.EnqueueText(Citizen, "menu");
        var second = _server.EnqueueText(Other, "/start");
        var polls = Polls();
        await _bot.AdvanceUntilAsync(() => Polls() >= polls + 5, Second);

        Assert.True(_server.LastConfirmedOffset <= first, $"offset {_server.LastConfirmedOffset} confirmed update {first} while nothing could be written");
        Assert.True(_fault.Refused >= 4);
        var apology = Assert.Single(_server.SentTo(Other));
        Assert.Contains("sự cố", apology.Text, StringComparison.Ordinal);
        Assert.Equal(2, _server.SentTo(Citizen).Count);
        var alert = Assert.Single(_server.SentTo(Group));
        Assert.Contains("không ghi được", alert.Text, StringComparison.Ordinal);
        Assert.Null(_bot.SessionOf(Other));
        // /readyz names what failed: the handling of the batch, not getUpdates, which worked.
        var problems = _bot.Get<ChannelHealth>().Problems();
        Assert.Contains("telegram handling updates: cannot write the database: IOException", problems);
        Assert.DoesNotContain(problems, p => p.Contains("getUpdates", StringComparison.Ordinal));

        _fault.Failing = false;
        await _bot.AdvanceUntilAsync(() => _server.SentTo(Other).Count >= 2 && _server.SentTo(Citizen).Count >= 3 && _server.SentTo(Group).Count >= 2, Second);
        await _bot.WaitUntilHandledAsync(second);

        Assert.Equal(2, _server.SentTo(Other).Count);
        Assert.Equal(3, _server.SentTo(Citizen).Count);
        Assert.Contains("trở lại", _server.SentTo(Group)[1].Text, StringComparison.Ordinal);
        Assert.NotNull(_bot.SessionOf(Other));
        Assert.True(_bot.Get<BotDatabase>().Engine.Reopened >= 1);
        Assert.Empty(_bot.Get<ChannelHealth>().Problems());
    }

    private int Polls() => _server.Calls.Count(c => c.Method == "getUpdates");
}
