namespace OneStop.FakeBotApi;

/// <summary>What the bot did: every call, every message it sent or edited, every callback it answered.</summary>
internal sealed class CallLog
{
    private readonly AppendOnlyList<RecordedCall> _calls = new();
    private readonly AppendOnlyList<SentMessage> _sent = new();
    private readonly AppendOnlyList<string> _answeredCallbackIds = new();
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _callCounts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(long ChatId, long MessageId), (SentMessage Latest, string Kind)> _messages = [];
    private readonly Dictionary<long, long> _lastMessageIdByChat = [];

    /// <summary>Fires after each recorded call, message or answer.</summary>
    public ChangeSignal Changed { get; } = new();

    public IReadOnlyList<RecordedCall> Calls => _calls.Snapshot();

    public IReadOnlyList<SentMessage> Sent => _sent.Snapshot();

    public IReadOnlyList<string> AnsweredCallbackIds => _answeredCallbackIds.Snapshot();

    public void RecordCall(RecordedCall call)
    {
        _calls.Add(call);
        lock (_gate)
        {
            _callCounts[call.Method] = _callCounts.GetValueOrDefault(call.Method) + 1;
        }

        Changed.Notify();
    }

    /// <summary>Records a sent or edited message; <paramref name="kind"/> is the method that first sent it.</summary>
    public void RecordSent(SentMessage message, string kind)
    {
        lock (_gate)
        {
            _messages[(message.ChatId, message.MessageId)] = (message, kind);
            if (!ApiMethods.IsEdit(message.Method))
            {
                _lastMessageIdByChat[message.ChatId] = message.MessageId;
            }

            _sent.Add(message);
        }

        Changed.Notify();
    }

    public void RecordAnswer(string callbackQueryId)
    {
        _answeredCallbackIds.Add(callbackQueryId);
        Changed.Notify();
    }

    public int CountOf(string method)
    {
        lock (_gate)
        {
            return _callCounts.GetValueOrDefault(method);
        }
    }

    public IReadOnlyDictionary<string, int> CallCounts()
    {
        lock (_gate)
        {
            return new Dictionary<string, int>(_callCounts, StringComparer.OrdinalIgnoreCase);
        }
    }

    /// <summary>The current version of a message the bot sent, and the method that first sent it.</summary>
    public (SentMessage Latest, string Kind)? Find(long chatId, long messageId)
    {
        lock (_gate)
        {
            return _messages.TryGetValue((chatId, messageId), out var found) ? found : null;
        }
    }

    public long? LastMessageIdTo(long chatId)
    {
        lock (_gate)
        {
            return _lastMessageIdByChat.TryGetValue(chatId, out var id) ? id : null;
        }
    }
}
