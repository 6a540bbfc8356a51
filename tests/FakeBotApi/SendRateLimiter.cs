namespace OneStop.FakeBotApi;

/// <summary>
/// Flood control for the broadcast benchmark: at most N accepted sends per one-second window.
/// Telegram allows about 30 messages a second across chats and answers the excess with 429.
/// </summary>
internal sealed class SendRateLimiter(int? maxPerSecond, TimeProvider time)
{
    private readonly Lock _gate = new();
    private long _window = long.MinValue;
    private int _used;

    public bool TryAcquire()
    {
        if (maxPerSecond is not { } max)
        {
            return true;
        }

        var window = time.GetUtcNow().ToUnixTimeMilliseconds() / 1000;
        lock (_gate)
        {
            if (window != _window)
            {
                _window = window;
                _used = 0;
            }

            if (_used >= max)
            {
                return false;
            }

            _used++;
            return true;
        }
    }
}
