using Microsoft.Extensions.Time.Testing;
using OneStop.Bot.Delivery;

namespace OneStop.Bot.Tests.Delivery;

/// <summary>The broadcast pace on a fake clock: no real waiting, exact times.</summary>
public class SendPaceTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));

    /// <summary>Takes turns as soon as the pace allows for <paramref name="span"/> of fake time; returns when each came.</summary>
    private List<DateTimeOffset> Turns(SendPace pace, TimeSpan span, Action? eachMillisecond = null)
    {
        var end = _time.GetUtcNow() + span;
        var turns = new List<DateTimeOffset>();
        while (_time.GetUtcNow() < end)
        {
            eachMillisecond?.Invoke();
            if (pace.TryAcquire(out _))
            {
                turns.Add(_time.GetUtcNow());
            }
            else
            {
                _time.Advance(TimeSpan.FromMilliseconds(1));
            }
        }

        return turns;
    }

    [Fact]
    public void Never_more_than_the_limit_less_the_reserve_in_any_second_and_close_to_it_over_a_minute()
    {
        var turns = Turns(new SendPace(_time, 30, 2), TimeSpan.FromSeconds(60));

        Assert.InRange(turns.Count / 60.0, 27.5, 28);
        for (var i = 28; i < turns.Count; i++)
        {
            Assert.True(turns[i] - turns[i - 28] >= TimeSpan.FromSeconds(1), $"turns {i - 28}..{i} fall within one second");
        }
    }

    [Fact]
    public void No_bursts_even_after_an_idle_minute()
    {
        var pace = new SendPace(_time, 30, 2);
        _time.Advance(TimeSpan.FromMinutes(1));
        var turns = Turns(pace, TimeSpan.FromSeconds(2));

        Assert.All(turns.Zip(turns.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromMilliseconds(28)));
    }

    [Fact]
    public async Task A_429_pauses_every_turn_for_its_retry_after()
    {
        var pace = new SendPace(_time, 30, 2);
        Assert.True(pace.TryAcquire(out _));
        var pausedAt = _time.GetUtcNow();
        pace.Pause(TimeSpan.FromSeconds(5));

        Assert.False(pace.TryAcquire(out var wait));
        Assert.Equal(TimeSpan.FromSeconds(5), wait);
        var next = Task.Run(() => pace.AcquireAsync(CancellationToken.None));
        _time.Advance(TimeSpan.FromSeconds(4.9));
        Assert.False(pace.TryAcquire(out _));
        _time.Advance(TimeSpan.FromSeconds(0.1));
        await next.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(pausedAt + TimeSpan.FromSeconds(5), _time.GetUtcNow());
    }

    [Theory]
    [InlineData(1, 28)]
    [InlineData(2, 28)]
    [InlineData(10, 20)]
    public void Replies_never_wait_and_the_broadcast_yields_when_they_need_more_than_the_reserve(int repliesPerSecond, int broadcastPerSecond)
    {
        var pace = new SendPace(_time, 30, 2);
        var replies = new List<DateTimeOffset>();
        var nextReply = _time.GetUtcNow();
        var every = TimeSpan.FromSeconds(1.0 / repliesPerSecond);

        var turns = Turns(pace, TimeSpan.FromSeconds(60), () =>
        {
            if (_time.GetUtcNow() >= nextReply)
            {
                pace.Spend();
                replies.Add(_time.GetUtcNow());
                nextReply += every;
            }
        });

        Assert.InRange(replies.Count, (60 * repliesPerSecond) - 1, (60 * repliesPerSecond) + 1);
        Assert.InRange(turns.Count / 60.0, broadcastPerSecond - 0.6, broadcastPerSecond + 0.1);
        // Within the reserve, broadcast and replies together stay within the limit (beyond it, replies still never wait).
        var all = repliesPerSecond <= 2 ? turns.Concat(replies).Order().ToList() : [];
        for (var i = 30; i < all.Count; i++)
        {
            Assert.True(all[i] - all[i - 30] >= TimeSpan.FromSeconds(1), $"31 messages within one second at {all[i]:O}");
        }
    }

    [Fact]
    public void The_estimate_is_the_audience_over_the_rate() =>
        Assert.Equal(357.1, new SendPace(_time, 30, 2).Estimate(9999).TotalSeconds, 1);
}
