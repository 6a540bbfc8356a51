namespace OneStop.Bot.Delivery;

/// <summary>
/// Paces broadcast traffic to Telegram's bulk limit (about 30 messages a second across chats): in any one-second
/// window at most N messages in all, of which at most N − reserve are broadcast messages, spaced out rather than in
/// bursts, and none while a 429 asked us to wait. Replies and staff messages never wait: they take their place in
/// the window, so the reserve keeps room for people who are chatting and a busier chat slows the broadcast down.
/// Our own code rather than System.Threading.RateLimiting's token bucket: that one runs on the real clock, and
/// this must run on the injected <see cref="TimeProvider"/> so tests can drive it without waiting.
/// </summary>
internal sealed class SendPace
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly Recent _all;
    private readonly Recent _broadcast;
    private readonly TimeSpan _spacing;
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;

    /// <param name="time">The clock.</param>
    /// <param name="perSecond">Messages a second in all (Telegram's limit).</param>
    /// <param name="reservedForReplies">Of those, how many broadcast messages leave to replies.</param>
    public SendPace(TimeProvider time, int perSecond, int reservedForReplies)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThan(perSecond, 1);
        _time = time;
        PerSecond = Math.Max(1, perSecond - Math.Max(0, reservedForReplies));
        _all = new Recent(perSecond);
        _broadcast = new Recent(PerSecond);
        // A little under the even spacing, so a late timer can catch up without ever making a burst.
        _spacing = TimeSpan.FromSeconds(0.8 / PerSecond);
    }

    /// <summary>Broadcast messages a second when nobody is chatting.</summary>
    public int PerSecond { get; }

    /// <summary>Waits for the turn of one broadcast message.</summary>
    public async Task AcquireAsync(CancellationToken cancellationToken)
    {
        while (!TryAcquire(out var wait))
        {
            await Task.Delay(wait, _time, cancellationToken);
        }
    }

    /// <summary>Takes the turn if it has come; otherwise says how long until it might.</summary>
    public bool TryAcquire(out TimeSpan wait)
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            var ready = Max(Max(_all.Oldest + Window, _broadcast.Oldest + Window), Max(_broadcast.Last + _spacing, _pausedUntil));
            wait = ready - now;
            if (wait > TimeSpan.Zero)
            {
                return false;
            }

            _all.Add(now);
            _broadcast.Add(now);
            wait = TimeSpan.Zero;
            return true;
        }
    }

    /// <summary>A reply or a staff message went out: it counts in the window, but never waits.</summary>
    public void Spend()
    {
        lock (_gate)
        {
            _all.Add(_time.GetUtcNow());
        }
    }

    /// <summary>Telegram answered 429: no broadcast message until <paramref name="retryAfter"/> has passed.</summary>
    public void Pause(TimeSpan retryAfter)
    {
        lock (_gate)
        {
            _pausedUntil = Max(_pausedUntil, _time.GetUtcNow() + retryAfter);
        }
    }

    /// <summary>How long <paramref name="messages"/> broadcast messages take at this pace, for the official's preview.</summary>
    public TimeSpan Estimate(int messages) => TimeSpan.FromSeconds((double)messages / PerSecond);

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    /// <summary>The times of the last N sends, oldest first to go.</summary>
    private sealed class Recent(int size)
    {
        private readonly DateTimeOffset[] _times = Enumerable.Repeat(DateTimeOffset.MinValue, size).ToArray();
        private int _oldest;

        public DateTimeOffset Oldest => _times[_oldest];

        public DateTimeOffset Last { get; private set; } = DateTimeOffset.MinValue;

        public void Add(DateTimeOffset at)
        {
            _times[_oldest] = at;
            _oldest = (_oldest + 1) % _times.Length;
            Last = Max(Last, at);
        }
    }
}
