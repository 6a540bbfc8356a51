using OneStop.FakeBotApi;

namespace OneStop.Bench.Broadcast;

/// <summary>
/// A citizen who keeps asking questions while the broadcast runs: one message, wait for the first message of
/// the answer, pause, again. Reply time is from queueing the update at the fake server to the server receiving
/// the answer (both stamped with the same clock).
/// </summary>
internal sealed class ChattingCitizen(FakeTelegramServer server, TimeProvider clock, TimeSpan every)
{
    public const long Chat = 5_000_000;

    private static readonly string[] Questions = ["mấy giờ mở cửa", "kết hôn cần gì", "sao y bao nhiêu tiền", "khai tử cần giấy gì"];

    /// <summary>When each timed question was queued, and how long its answer took.</summary>
    public List<(DateTimeOffset Queued, TimeSpan Took)> ReplyTimes { get; } = [];

    /// <summary>A first question, not timed: the bot meets the citizen (welcome, session) and warms its code paths.</summary>
    public async Task WarmUpAsync()
    {
        var before = server.SentTo(Chat).Count;
        server.EnqueueText(Chat, "xin chào");
        await server.WaitForSentAsync(s => s.Count(m => m.ChatId == Chat) > before, TimeSpan.FromMinutes(1));
    }

    public async Task RunAsync(CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var before = server.SentTo(Chat).Count;
            var queued = clock.GetUtcNow();
            server.EnqueueText(Chat, Questions[i % Questions.Length]);
            try
            {
                await server.WaitForSentAsync(s => s.Count(m => m.ChatId == Chat) > before, TimeSpan.FromSeconds(30));
                ReplyTimes.Add((queued, server.SentTo(Chat)[before].At - queued));
                await Task.Delay(every, clock, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (TimeoutException)
            {
                // The bot is being killed and restarted: the question is answered after the restart, not timed.
                await server.WaitForSentAsync(s => s.Count(m => m.ChatId == Chat) > before, TimeSpan.FromMinutes(1));
            }
        }
    }
}
