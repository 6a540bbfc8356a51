using Microsoft.Extensions.Time.Testing;
using OneStop.FakeBotApi;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace OneStop.Bot.Tests.FakeBotApi;

/// <summary>The fake server's faults for soak runs: flood storms and faults at random, seen by the real client.</summary>
public sealed class FakeTelegramServerChaosTests
{
    private static TelegramBotClient ClientFor(FakeTelegramServer server) =>
        new(new TelegramBotClientOptions(server.Token, baseUrl: server.BaseUrl.ToString()) { RetryCount = 0 });

    [Fact]
    public async Task A_flood_storm_refuses_every_send_with_the_time_left_and_ends_on_time()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero));
        await using var server = await FakeTelegramServer.StartAsync(new FakeServerOptions { Time = time });
        var bot = ClientFor(server);

        server.StartFloodStorm(TimeSpan.FromSeconds(20));
        var first = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(7, "một"));
        time.Advance(TimeSpan.FromSeconds(12.5));
        var later = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(7, "hai"));
        time.Advance(TimeSpan.FromSeconds(8));
        await bot.SendMessage(7, "ba");

        Assert.Equal((429, 20), (first.ErrorCode, first.Parameters?.RetryAfter));
        Assert.Equal((429, 8), (later.ErrorCode, later.Parameters?.RetryAfter));
        Assert.Equal("ba", Assert.Single(server.Sent).Text);
        Assert.Equal(2, server.Injected.FloodRefusals);
    }

    [Fact]
    public async Task Random_faults_come_in_their_shares_and_only_a_lost_answer_leaves_a_message_sent()
    {
        await using var server = await FakeTelegramServer.StartAsync();
        var bot = ClientFor(server);
        server.InjectFaults(new FaultMix { ServerErrors = 0.2, DroppedConnections = 0.2, LostAnswers = 0.2, SlowAnswers = 0.2, SlowBy = TimeSpan.FromMilliseconds(1) });

        var answered = 0;
        var errors = 0;
        var failedOtherwise = 0;
        for (var i = 0; i < 200; i++)
        {
            try
            {
                await bot.SendMessage(9, "tin " + i);
                answered++;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode is 500 or 502)
            {
                errors++;
            }
            catch (RequestException)
            {
                failedOtherwise++;
            }
        }

        var injected = server.Injected;
        Assert.Equal(injected.ServerErrors, errors);
        Assert.Equal(injected.DroppedConnections + injected.LostAnswers, failedOtherwise);
        Assert.Equal(200 - errors - failedOtherwise, answered);
        Assert.Equal(answered + injected.LostAnswers, server.Sent.Count);
        Assert.All(new[] { injected.ServerErrors, injected.DroppedConnections, injected.LostAnswers, injected.SlowAnswers }, n => Assert.InRange(n, 15, 70));
    }

    [Fact]
    public async Task Shares_beyond_one_are_refused()
    {
        await using var server = await FakeTelegramServer.StartAsync();

        Assert.Throws<ArgumentOutOfRangeException>(() => server.InjectFaults(new FaultMix { ServerErrors = 0.7, LostAnswers = 0.5 }));
    }
}
