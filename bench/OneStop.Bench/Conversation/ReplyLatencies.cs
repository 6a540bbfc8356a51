using OneStop.FakeBotApi;

namespace OneStop.Bench.Conversation;

/// <summary>
/// When each update was queued at the fake server, and, once the bot answered, how long each took: from
/// queueing the update to the server receiving the last sendMessage of its answer. Answers are matched by
/// chat and order (a chat's answers keep their order), using how many messages each line of the script gets.
/// </summary>
internal sealed class ReplyLatencies(ChatScript script)
{
    private readonly Dictionary<long, List<DateTimeOffset>> _queued = [];

    public int Messages => _queued.Values.Sum(q => q.Count);

    public int Chats => _queued.Count;

    public int ExpectedReplies => _queued.Values.Sum(q => script.RepliesFor(q.Count));

    public DateTimeOffset FirstQueued => _queued.Values.Min(q => q[0]);

    public void Queued(long chatId, DateTimeOffset at)
    {
        if (!_queued.TryGetValue(chatId, out var times))
        {
            _queued[chatId] = times = [];
        }

        times.Add(at);
    }

    /// <summary>The latency of every answered update, and when the last answer arrived.</summary>
    public (List<TimeSpan> Latencies, DateTimeOffset LastReply) Measure(IReadOnlyList<SentMessage> sent)
    {
        var answers = new Dictionary<long, List<SentMessage>>();
        foreach (var message in sent)
        {
            if (_queued.ContainsKey(message.ChatId))
            {
                if (!answers.TryGetValue(message.ChatId, out var list))
                {
                    answers[message.ChatId] = list = [];
                }

                list.Add(message);
            }
        }

        var latencies = new List<TimeSpan>(Messages);
        var last = DateTimeOffset.MinValue;
        foreach (var (chat, queued) in _queued)
        {
            var received = answers.GetValueOrDefault(chat) ?? [];
            var answered = 0;
            for (var i = 0; i < queued.Count; i++)
            {
                answered += script.RepliesTo(i);
                if (answered > received.Count)
                {
                    break;
                }

                var at = received[answered - 1].At;
                latencies.Add(at - queued[i]);
                last = at > last ? at : last;
            }
        }

        return (latencies, last);
    }
}
