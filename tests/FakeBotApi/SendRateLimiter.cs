namespace OneStop.FakeBotApi;

/// <summary>
/// Flood control: at most N accepted sends per one-second window across chats, and at most M per chat.
/// Telegram allows about 30 messages a second across chats and about one a second in a chat, and answers the excess with 429.
/// </summary>
internal sealed class SendRateLimiter(int? maxPerSecond, int? maxPerChatPerSecond, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, int> _perChat = [];
    private long _window = long.MinValue;
    private int _used;

    public bool TryAcquire(long chatId)
    {
        if (maxPerSecond is null && maxPerChatPerSecond is null)
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
                _perChat.Clear();
            }

            var chatUsed = _perChat.GetValueOrDefault(chatId);
            if (_used >= (maxPerSecond ?? int.MaxValue) || chatUsed >= (maxPerChatPerSecond ?? int.MaxValue))
            {
                return false;
            }

            _used++;
            _perChat[chatId] = chatUsed + 1;
            return true;
        }
    }
}
