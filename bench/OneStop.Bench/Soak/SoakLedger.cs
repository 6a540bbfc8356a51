using OneStop.Bench.Conversation;
using OneStop.FakeBotApi;

namespace OneStop.Bench.Soak;

/// <summary>
/// What the citizens sent (when, to which chat) and, at the end, what came back: lost and repeated replies by chat,
/// each repeat with the kill it crossed (if any), and reply times. A chat's replies keep their order, so the answer to
/// its n-th message is found by counting (how many messages each line gets comes from <see cref="ChatScript"/>);
/// a repeat is a message identical to the one just before it in the chat.
/// </summary>
internal sealed class SoakLedger(ChatScript script)
{
    private readonly Dictionary<long, List<DateTimeOffset>> _queued = [];
    private readonly Lock _gate = new();

    public int Messages
    {
        get
        {
            lock (_gate)
            {
                return _queued.Values.Sum(q => q.Count);
            }
        }
    }

    public int ExpectedReplies
    {
        get
        {
            lock (_gate)
            {
                return _queued.Values.Sum(q => script.RepliesFor(q.Count));
            }
        }
    }

    /// <summary>The line this chat says next (its count of messages so far).</summary>
    public string Queue(long chat, DateTimeOffset at)
    {
        lock (_gate)
        {
            if (!_queued.TryGetValue(chat, out var times))
            {
                _queued[chat] = times = [];
            }

            times.Add(at);
            return script.Line(times.Count - 1);
        }
    }

    public bool IsCitizen(long chat)
    {
        lock (_gate)
        {
            return _queued.ContainsKey(chat);
        }
    }

    public SoakTally Tally(IReadOnlyList<SentMessage> sent, IReadOnlyList<SoakWindow> kills)
    {
        var byChat = new Dictionary<long, List<SentMessage>>();
        foreach (var message in sent)
        {
            if (message.Method == "sendMessage" && IsCitizen(message.ChatId))
            {
                if (!byChat.TryGetValue(message.ChatId, out var list))
                {
                    byChat[message.ChatId] = list = [];
                }

                list.Add(message);
            }
        }

        var tally = new SoakTally();
        lock (_gate)
        {
            foreach (var (chat, queued) in _queued)
            {
                var received = byChat.GetValueOrDefault(chat) ?? [];
                var distinct = new List<SentMessage>();
                foreach (var message in received)
                {
                    if (distinct.Count > 0 && distinct[^1].Text == message.Text)
                    {
                        tally.Repeats.Add(new SoakRepeat(chat, distinct[^1].At, message.At, kills.FirstOrDefault(k => k.From >= distinct[^1].At && k.From <= message.At)));
                        continue;
                    }

                    distinct.Add(message);
                }

                var expected = script.RepliesFor(queued.Count);
                tally.RepliesOut += received.Count;
                tally.Lost += Math.Max(0, expected - distinct.Count);
                tally.Unexplained += Math.Max(0, distinct.Count - expected);
                var answered = 0;
                for (var i = 0; i < queued.Count; i++)
                {
                    answered += script.RepliesTo(i);
                    if (answered > distinct.Count)
                    {
                        break;
                    }

                    tally.ReplyTimes.Add((queued[i], distinct[answered - 1].At - queued[i]));
                }
            }
        }

        return tally;
    }
}

/// <summary>A stretch of the run: a kill and restart, or a flood storm.</summary>
internal sealed record SoakWindow(DateTimeOffset From, DateTimeOffset To)
{
    public bool Covers(DateTimeOffset at, TimeSpan margin) => at >= From - margin && at <= To + margin;
}

/// <summary>A message that reached a chat twice: when each copy arrived, and the kill between them, if any.</summary>
internal sealed record SoakRepeat(long Chat, DateTimeOffset First, DateTimeOffset Second, SoakWindow? Kill);

internal sealed class SoakTally
{
    public int RepliesOut { get; set; }

    public int Lost { get; set; }

    /// <summary>More distinct messages than the script makes: neither a reply nor a repeat of one.</summary>
    public int Unexplained { get; set; }

    public List<SoakRepeat> Repeats { get; } = [];

    public List<(DateTimeOffset Queued, TimeSpan Took)> ReplyTimes { get; } = [];
}
