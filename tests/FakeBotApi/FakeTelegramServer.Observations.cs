using System.Globalization;
using System.Text;

namespace OneStop.FakeBotApi;

public sealed partial class FakeTelegramServer
{
    private const int MessagesInTimeoutReport = 40;

    /// <summary>Messages sent or edited successfully, in arrival order (a snapshot; it never changes afterwards).</summary>
    public IReadOnlyList<SentMessage> Sent => _state.Log.Sent;

    public IReadOnlyList<string> AnsweredCallbackIds => _state.Log.AnsweredCallbackIds;

    /// <summary>Every call to this bot's token, failed ones included, in arrival order.</summary>
    public IReadOnlyList<RecordedCall> Calls => _state.Log.Calls;

    public IReadOnlyList<SentMessage> SentTo(long chatId)
    {
        var sent = _state.Log.Sent;
        var toChat = new List<SentMessage>();
        for (var i = 0; i < sent.Count; i++)
        {
            if (sent[i].ChatId == chatId)
            {
                toChat.Add(sent[i]);
            }
        }

        return toChat.AsReadOnly();
    }

    /// <summary>Completes with <see cref="Sent"/> as soon as the condition holds; checked again on every call the bot makes.</summary>
    public async Task<IReadOnlyList<SentMessage>> WaitForSentAsync(Func<IReadOnlyList<SentMessage>, bool> condition, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(condition);
        await WaitUntilAsync(() => condition(_state.Log.Sent), timeout, "the condition on sent messages");
        return _state.Log.Sent;
    }

    /// <summary>Completes once <paramref name="method"/> (any case) has been called at least <paramref name="count"/> times.</summary>
    public Task WaitForCallAsync(string method, int count, TimeSpan timeout)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        return WaitUntilAsync(() => _state.Log.CountOf(method) >= count, timeout, $"{count} call(s) of {method}");
    }

    private async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, string what)
    {
        // Real time, like MaxLongPoll: a fake TimeProvider that nobody advances must not hang a test.
        using var expiry = new CancellationTokenSource(timeout);
        while (true)
        {
            var changed = _state.Log.Changed.NextAsync();
            if (condition())
            {
                return;
            }

            try
            {
                await changed.WaitAsync(expiry.Token);
            }
            catch (OperationCanceledException) when (expiry.IsCancellationRequested)
            {
                if (condition())
                {
                    return;
                }

                throw new TimeoutException(Report(timeout, what));
            }
        }
    }

    private string Report(TimeSpan timeout, string what)
    {
        var sent = _state.Log.Sent;
        var report = new StringBuilder();
        report.Append(CultureInfo.InvariantCulture, $"Timed out after {timeout.TotalSeconds:0.###} s waiting for {what}. ");
        report.Append(CultureInfo.InvariantCulture, $"The bot sent {sent.Count} message(s)");
        report.Append(sent.Count > MessagesInTimeoutReport ? $", the last {MessagesInTimeoutReport}:" : ":").Append('\n');
        for (var i = Math.Max(0, sent.Count - MessagesInTimeoutReport); i < sent.Count; i++)
        {
            var message = sent[i];
            report.Append(CultureInfo.InvariantCulture, $"  #{message.MessageId} → chat {message.ChatId} {message.Method}: \"{message.Text}\"");
            foreach (var row in message.InlineButtons)
            {
                report.Append(" [");
                report.AppendJoin(" | ", row.Select(button => $"{button.Text} → {button.CallbackData ?? button.Url}"));
                report.Append(']');
            }

            report.Append('\n');
        }

        report.Append("Calls: ");
        report.AppendJoin(", ", _state.Log.CallCounts().Select(pair => $"{pair.Key} ×{pair.Value}"));
        return report.ToString();
    }
}
