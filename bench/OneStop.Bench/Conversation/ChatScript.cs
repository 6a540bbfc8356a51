using OneStop.Domain.Conversation;

namespace OneStop.Bench.Conversation;

/// <summary>
/// What every benchmark chat says, in order (starting again after the last line), and how many messages
/// the bot answers to each of them (a first contact also gets the welcome), found by running the same
/// engine on a session of its own.
/// </summary>
internal sealed class ChatScript
{
    /// <summary>Ten things a citizen types: commands, accented and unaccented questions, shorthand, thanks.</summary>
    public static readonly string[] Citizen =
    [
        "/start", "đăng ký kết hôn cần gì", "bao nhieu tien", "menu", "lam giay khai tu",
        "/help", "gio lam viec", "quay lai", "sao y mat bao nhieu tien", "cam on",
    ];

    private readonly ConversationEngine _engine;
    private readonly DateTimeOffset _now;
    private readonly List<int> _replies = [];
    private readonly Session _session = new();

    public ChatScript(ConversationEngine engine, IReadOnlyList<string> lines, DateTimeOffset now)
    {
        _engine = engine ?? throw new ArgumentNullException(nameof(engine));
        Lines = lines;
        _now = now;
    }

    public IReadOnlyList<string> Lines { get; }

    public string Line(int index) => Lines[index % Lines.Count];

    /// <summary>How many messages the bot sends in answer to the chat's message number <paramref name="index"/> (from 0).</summary>
    public int RepliesTo(int index)
    {
        var chat = new ChatAddress("bench", "1");
        while (_replies.Count <= index)
        {
            _replies.Add(_engine.Handle(_session, Incoming.Typed(chat, Line(_replies.Count)), _now).Replies.Count);
        }

        return _replies[index];
    }

    public int RepliesFor(int messages) => Enumerable.Range(0, messages).Sum(RepliesTo);
}
