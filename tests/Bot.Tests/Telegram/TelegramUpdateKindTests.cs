using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using OneStop.Bot.Tests.Support;
using OneStop.FakeBotApi;

namespace OneStop.Bot.Tests.Telegram;

/// <summary>
/// Every kind of update Telegram can send reaches the real host: it answers a polite line in private chats,
/// stays silent where it should (service messages, group chatter, channel posts), and never stops polling.
/// Each case is followed by a probe in the same chat; since a chat's answers keep their order, once the
/// probe is answered anything the case produced has been sent too.
/// </summary>
public sealed class TelegramUpdateKindTests : IAsyncLifetime, IDisposable
{
    private const long Private = 701;
    private const long Group = -100_701;
    private const string Probe = "/help";
    private const string PoliteLine = "chỉ đọc được tin nhắn chữ";
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(BotHost.Morning);
    private FakeTelegramServer _server = null!;
    private BotHost _bot = null!;
    private int _messageId = 1000;

    public async Task InitializeAsync()
    {
        _server = await FakeTelegramServer.StartAsync(new FakeServerOptions { Time = _time });
        _bot = await BotHost.StartAsync(_server, _time, _folder.File("bot.db"));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _server.DisposeAsync();
    }

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, string> UnreadableInPrivate() => new()
    {
        { "sticker", """ "sticker":{"file_id":"s1","file_unique_id":"s1","type":"regular","width":512,"height":512,"is_animated":false,"is_video":false} """ },
        { "photo", """ "photo":[{"file_id":"p1","file_unique_id":"p1","width":90,"height":90}] """ },
        { "voice", """ "voice":{"file_id":"v1","file_unique_id":"v1","duration":4} """ },
        { "document", """ "document":{"file_id":"d1","file_unique_id":"d1","file_name":"to-khai.pdf"} """ },
        { "video note", """ "video_note":{"file_id":"n1","file_unique_id":"n1","length":240,"duration":3} """ },
        { "dice", """ "dice":{"emoji":"🎲","value":4} """ },
        { "a kind this library version does not know", """ "hologram":{"file_id":"h1"} """ },
    };

    [Theory]
    [MemberData(nameof(UnreadableInPrivate))]
    public async Task Something_the_bot_cannot_read_gets_a_polite_line(string kind, string body)
    {
        var chat = Private;
        await StartChatAsync(chat, "/start");

        var before = _server.SentTo(chat).Count;
        _server.EnqueueRaw(Message(chat, "private", body));
        var after = await ProbeAsync(chat, before);

        Assert.True(after.Count == 2 && after[0].Text.Contains(PoliteLine, StringComparison.Ordinal), $"{kind}: {Texts(after)}");
        Assert.Contains("menu", after[0].InlineButtons.SelectMany(row => row).Single().CallbackData);
        Assert.Empty(_bot.Log.AtLeast(LogLevel.Error));
    }

    public static TheoryData<string, string, string> SharedInPrivate() => new()
    {
        { "contact", """ "contact":{"phone_number":"0900000000","first_name":"Lan"} """, "không lưu số điện thoại" },
        { "location", """ "location":{"latitude":12.69,"longitude":109.22} """, "không lưu vị trí" },
    };

    [Theory]
    [MemberData(nameof(SharedInPrivate))]
    public async Task A_shared_contact_or_location_is_not_kept_and_the_citizen_is_told_so(string kind, string body, string expected)
    {
        await StartChatAsync(Private, "/start");

        var before = _server.SentTo(Private).Count;
        _server.EnqueueRaw(Message(Private, "private", body));
        var after = await ProbeAsync(Private, before);

        Assert.True(after.Count == 2 && after[0].Text.Contains(expected, StringComparison.Ordinal), $"{kind}: {Texts(after)}");
    }

    [Fact]
    public async Task A_photo_s_caption_is_read_as_the_message()
    {
        await StartChatAsync(Private, "/start");

        var before = _server.SentTo(Private).Count;
        _server.EnqueueRaw(Message(Private, "private", """ "photo":[{"file_id":"p1","file_unique_id":"p1","width":90,"height":90}],"caption":"sao y cái này hết bao nhiêu tiền" """));
        var after = await ProbeAsync(Private, before);

        Assert.Contains("Lệ phí", after[0].Text);
        Assert.Contains("bản sao", after[0].Text);
    }

    [Fact]
    public async Task An_edited_message_is_asked_for_again_as_a_new_message()
    {
        await StartChatAsync(Private, "/start");

        var before = _server.SentTo(Private).Count;
        _server.EnqueueRaw(Message(Private, "private", """ "text":"ket hon","edit_date":1764554500 """, "edited_message"));
        var after = await ProbeAsync(Private, before);

        Assert.Equal(2, after.Count);
        Assert.Contains("tin nhắn đã sửa", after[0].Text);
    }

    public static TheoryData<string, string> ServiceMessages() => new()
    {
        { "auto-delete timer", """ "message_auto_delete_timer_changed":{"message_auto_delete_time":86400} """ },
        { "pinned message", """ "pinned_message":{"message_id":3,"date":1764554400,"chat":{"id":701,"type":"private"},"text":"ghim"} """ },
        { "web app access", """ "write_access_allowed":{"from_request":true} """ },
    };

    [Theory]
    [MemberData(nameof(ServiceMessages))]
    public async Task A_service_message_in_a_private_chat_gets_no_answer(string kind, string body)
    {
        var chat = Private;
        await StartChatAsync(chat, "/start");

        var before = _server.SentTo(chat).Count;
        _server.EnqueueRaw(Message(chat, "private", body));
        var after = await ProbeAsync(chat, before);

        Assert.True(after.Count == 1, $"{kind}: {Texts(after)}");
    }

    public static TheoryData<string> GroupChatter() => new()
    {
        """ "text":"ket hon can gi" """,
        """ "text":"/help" """,
        """ "text":"/help@some_other_bot" """,
        """ "sticker":{"file_id":"s1","file_unique_id":"s1","type":"regular","width":512,"height":512,"is_animated":false,"is_video":false} """,
        """ "new_chat_members":[{"id":9,"is_bot":false,"first_name":"Bình"}] """,
        """ "left_chat_member":{"id":9,"is_bot":false,"first_name":"Bình"} """,
    };

    [Theory]
    [MemberData(nameof(GroupChatter))]
    public async Task In_a_group_the_bot_answers_only_commands_addressed_to_it(string body)
    {
        await StartChatAsync(Group, "/start@onestop_test_bot", "supergroup");

        var before = _server.SentTo(Group).Count;
        _server.EnqueueRaw(Message(Group, "supergroup", body));
        var after = await ProbeAsync(Group, before, "/help@OneStop_Test_Bot", "supergroup");

        Assert.Single(after);
        Assert.Contains("Kính chào", _server.SentTo(Group)[0].Text);
    }

    [Fact]
    public async Task Channel_posts_are_ignored()
    {
        const long channel = -100_999;
        var post = _server.EnqueueRaw(Message(channel, "channel", """ "text":"/start@onestop_test_bot" """, "channel_post"));
        var edited = _server.EnqueueRaw(Message(channel, "channel", """ "text":"ket hon","edit_date":1764554500 """, "edited_channel_post"));
        await StartChatAsync(Private, "/start");
        await _bot.WaitUntilHandledAsync(Math.Max(post, edited));

        Assert.Empty(_server.SentTo(channel));
    }

    [Fact]
    public async Task An_update_the_client_library_cannot_read_is_skipped_and_polling_goes_on()
    {
        // A member status Telegram may add one day: Telegram.Bot 22.10 throws on it while reading the batch.
        var odd = _server.EnqueueRaw("""
            {"my_chat_member":{"chat":{"id":701,"type":"private"},"from":{"id":701,"is_bot":false,"first_name":"Lan"},"date":1764554400,
              "old_chat_member":{"status":"member","user":{"id":123456,"is_bot":true,"first_name":"OneStop"}},
              "new_chat_member":{"status":"restricted_forever","user":{"id":123456,"is_bot":true,"first_name":"OneStop"}}}}
            """);
        _server.EnqueueText(Private, "/start");

        await _bot.AdvanceUntilAsync(() => _server.SentTo(Private).Count == 1, TimeSpan.FromSeconds(1));
        await _bot.WaitUntilHandledAsync(odd);

        Assert.Contains(_bot.Log.Entries, e => e.Level == LogLevel.Error && e.Message.Contains(odd.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    private async Task StartChatAsync(long chat, string text, string chatType = "private")
    {
        var before = _server.SentTo(chat).Count;
        _server.EnqueueText(chat, text, chatType);
        await _bot.WaitForSentToAsync(chat, before + 1);
    }

    /// <summary>Sends the probe (a request for help) and returns what the chat received after the first <paramref name="before"/> messages, the help included.</summary>
    private async Task<IReadOnlyList<SentMessage>> ProbeAsync(long chat, int before, string text = Probe, string chatType = "private")
    {
        _server.EnqueueText(chat, text, chatType);
        await _bot.WaitForSentAsync(_ => _server.SentTo(chat).Skip(before).Any(m => m.Text.Contains("Cách dùng", StringComparison.Ordinal)));
        return _server.SentTo(chat).Skip(before).ToList();
    }

    private static string Texts(IEnumerable<SentMessage> messages) => string.Join(" | ", messages.Select(m => m.Text));

    private string Message(long chatId, string chatType, string body, string kind = "message")
    {
        var id = Interlocked.Increment(ref _messageId);
        var chat = chatType == "private"
            ? $$"""{"id":{{chatId}},"type":"private","first_name":"Lan"}"""
            : $$"""{"id":{{chatId}},"type":"{{chatType}}","title":"Tổ dân phố 3"}""";
        var from = chatType == "channel" ? "" : $$""","from":{"id":{{(chatType == "private" ? chatId : 1001)}},"is_bot":false,"first_name":"Lan"}""";
        return $$$"""{"{{{kind}}}":{"message_id":{{{id}}},"date":1764554400,"chat":{{{chat}}}{{{from}}},{{{body.Trim()}}}}}""";
    }
}
