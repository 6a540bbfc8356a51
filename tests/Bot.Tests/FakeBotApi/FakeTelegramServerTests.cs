using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using OneStop.FakeBotApi;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Polling;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace OneStop.Bot.Tests.FakeBotApi;

/// <summary>The fake Bot API server, exercised by the real Telegram.Bot client over loopback.</summary>
public sealed class FakeTelegramServerTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private FakeTelegramServer _server = null!;
    private TelegramBotClient _bot = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeTelegramServer.StartAsync();
        _bot = ClientFor(_server);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static TelegramBotClient ClientFor(FakeTelegramServer server, string? token = null) =>
        new(new TelegramBotClientOptions(token ?? server.Token, baseUrl: server.BaseUrl.ToString()) { RetryCount = 0 });

    [Fact]
    public async Task Get_me_returns_the_test_bot()
    {
        var me = await _bot.GetMe();

        Assert.Equal(_server.BotId, me.Id);
        Assert.True(me.IsBot);
        Assert.Equal("onestop_test_bot", me.Username);
        Assert.Equal("getMe", Assert.Single(_server.Calls).Method);
    }

    [Fact]
    public async Task A_wrong_token_gets_401()
    {
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => ClientFor(_server, "999:OTHER").GetMe());

        Assert.Equal(401, error.ErrorCode);
        Assert.Empty(_server.Calls);
    }

    [Fact]
    public async Task Send_message_with_an_inline_keyboard_round_trips_vietnamese_text_and_buttons()
    {
        var keyboard = new InlineKeyboardMarkup(
        [
            [InlineKeyboardButton.WithCallbackData("Nộp hồ sơ", "proc:khai-sinh"), InlineKeyboardButton.WithUrl("Cổng DVC", "https://dichvucong.gov.vn")],
            [InlineKeyboardButton.WithCallbackData("Quay lại", "back")],
        ]);

        var message = await _bot.SendMessage(42, "Xin chào! Thủ tục đăng ký khai sinh cần:", ParseMode.Html, replyMarkup: keyboard);

        var sent = Assert.Single(_server.SentTo(42));
        Assert.Equal(message.Id, sent.MessageId);
        Assert.Equal(42, message.Chat.Id);
        Assert.Equal("Xin chào! Thủ tục đăng ký khai sinh cần:", sent.Text);
        Assert.Equal("Html", sent.ParseMode); // Telegram.Bot sends the enum name; Telegram reads it case-insensitively.
        Assert.Equal(("Nộp hồ sơ", "proc:khai-sinh", (string?)null), sent.InlineButtons[0][0]);
        Assert.Equal(("Cổng DVC", (string?)null, "https://dichvucong.gov.vn"), sent.InlineButtons[0][1]);
        Assert.Equal("back", sent.InlineButtons[1][0].CallbackData);
        Assert.Contains("Nộp hồ sơ", sent.ReplyMarkupJson);
        Assert.Equal("Quay lại", message.ReplyMarkup?.InlineKeyboard.ElementAt(1).Single().Text);
    }

    [Fact]
    public async Task Get_updates_repeats_updates_until_an_offset_confirms_them()
    {
        var first = _server.EnqueueText(7, "Xin chào");
        var second = _server.EnqueueText(7, "/start");

        var updates = await _bot.GetUpdates();
        var again = await _bot.GetUpdates();
        var afterFirst = await _bot.GetUpdates(offset: (int)first + 1);
        var afterBoth = await _bot.GetUpdates(offset: (int)second + 1, timeout: 0);

        Assert.Equal([1, 2], updates.Select(u => u.Id));
        Assert.Equal("Xin chào", updates[0].Message?.Text);
        Assert.Equal(7, updates[0].Message?.From?.Id);
        Assert.Equal(ChatType.Private, updates[0].Message?.Chat.Type);
        Assert.Equal(MessageEntityType.BotCommand, updates[1].Message?.Entities?.Single().Type);
        Assert.Equal(2, again.Length);
        Assert.Equal([second], afterFirst.Select(u => (long)u.Id));
        Assert.Empty(afterBoth);
        Assert.Equal(3, _server.LastConfirmedOffset);

        _server.Redeliver(first);
        Assert.Equal(2, (await _bot.GetUpdates(timeout: 0)).Length);
    }

    [Fact]
    public async Task A_held_get_updates_answers_as_soon_as_an_update_arrives()
    {
        await using var server = await FakeTelegramServer.StartAsync(new FakeServerOptions { MaxLongPoll = TimeSpan.FromSeconds(30) });
        var bot = ClientFor(server);
        var clock = Stopwatch.StartNew();

        var poll = bot.GetUpdates(timeout: 25);
        await server.WaitForCallAsync("GETUPDATES", 1, Patience);
        server.EnqueueText(-100, "Cho hỏi giờ làm việc", chatType: "group", fromId: 55);
        var updates = await poll;

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Equal(ChatType.Group, updates.Single().Message?.Chat.Type);
        Assert.Equal(55, updates.Single().Message?.From?.Id);
    }

    [Fact]
    public async Task An_empty_get_updates_is_held_no_longer_than_max_long_poll()
    {
        var clock = Stopwatch.StartNew();

        var updates = await _bot.GetUpdates(timeout: 50);

        Assert.Empty(updates);
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(150), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Callbacks_and_blocking_arrive_as_Telegram_Bot_types()
    {
        var menu = await _bot.SendMessage(42, "Chọn thủ tục", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Khai sinh", "proc:1")));
        _server.EnqueueCallback(42, "proc:1");
        _server.EnqueueBlocked(42);
        _server.EnqueueRaw("""{"edited_message":{"message_id":9,"date":1700000000,"chat":{"id":42,"type":"private","first_name":"Test"},"text":"sửa"}}""");

        var updates = await _bot.GetUpdates(timeout: 0);
        await _bot.AnswerCallbackQuery(updates[0].CallbackQuery!.Id);

        var callback = updates[0].CallbackQuery!;
        Assert.Equal("proc:1", callback.Data);
        Assert.Equal(42, callback.From.Id);
        Assert.Equal(menu.Id, callback.Message?.Id);
        Assert.Equal("Chọn thủ tục", callback.Message?.Text);
        Assert.Equal(["cb-1"], _server.AnsweredCallbackIds);
        var blocked = updates[1].MyChatMember!;
        Assert.Equal(ChatMemberStatus.Member, blocked.OldChatMember.Status);
        Assert.IsType<ChatMemberBanned>(blocked.NewChatMember);
        Assert.Equal(_server.BotId, blocked.NewChatMember.User.Id);
        Assert.Equal("sửa", updates[2].EditedMessage?.Text);
        Assert.Equal(3, updates[2].Id);
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(42, "Còn đó không?"));
        Assert.Equal(403, error.ErrorCode);
    }

    [Fact]
    public async Task Editing_records_the_new_text_and_refuses_an_identical_edit()
    {
        var message = await _bot.SendMessage(5, "Đang xử lý…");

        var edited = await _bot.EditMessageText(5, message.Id, "Đã tiếp nhận hồ sơ");
        var same = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.EditMessageText(5, message.Id, "Đã tiếp nhận hồ sơ"));

        Assert.Equal("Đã tiếp nhận hồ sơ", edited.Text);
        Assert.Equal(["sendMessage", "editMessageText"], _server.Sent.Select(s => s.Method));
        Assert.All(_server.Sent, s => Assert.Equal(message.Id, s.MessageId));
        Assert.StartsWith("Bad Request: message is not modified", same.Message);
    }

    [Fact]
    public async Task Send_photo_uploads_as_multipart_and_is_recorded_with_its_caption()
    {
        await using var png = new MemoryStream([0x89, 0x50, 0x4E, 0x47]);

        var message = await _bot.SendPhoto(8, InputFile.FromStream(png, "qr.png"), caption: "Mã QR nộp phí");

        var sent = Assert.Single(_server.Sent);
        Assert.Equal(("sendPhoto", "Mã QR nộp phí"), (sent.Method, sent.Text));
        Assert.NotEmpty(message.Photo!);
        Assert.Contains("qr.png", _server.Calls.Single().Body);
    }

    [Fact]
    public async Task Failed_and_dropped_get_updates_surface_as_client_errors_and_confirm_nothing()
    {
        _server.EnqueueText(3, "a");
        _server.FailNextGetUpdates(1, 429, retryAfterSeconds: 2);
        _server.FailNextGetUpdates(1, 500);
        _server.DropNextGetUpdates(1);

        var flood = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.GetUpdates(offset: 5));
        var crash = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.GetUpdates(offset: 5));
        var dropped = await Assert.ThrowsAnyAsync<RequestException>(() => _bot.GetUpdates(offset: 5));
        var updates = await _bot.GetUpdates(timeout: 0);

        Assert.Equal((429, 2), (flood.ErrorCode, flood.Parameters?.RetryAfter));
        Assert.Equal((500, "Internal Server Error"), (crash.ErrorCode, crash.Message));
        Assert.IsNotType<ApiRequestException>(dropped);
        Assert.Single(updates);
        Assert.Equal(0, _server.LastConfirmedOffset);
    }

    [Fact]
    public async Task A_real_polling_loop_gets_an_update_and_its_reply_is_awaited_without_sleeps()
    {
        using var stop = new CancellationTokenSource(Patience);
        _bot.StartReceiving(
            async (bot, update, ct) => await bot.SendMessage(update.Message!.Chat, "Đã nhận: " + update.Message.Text, cancellationToken: ct),
            (_, _, _) => Task.CompletedTask,
            cancellationToken: stop.Token);

        _server.EnqueueText(77, "giấy khai sinh");
        var sent = await _server.WaitForSentAsync(s => s.Any(m => m.ChatId == 77), Patience);
        await _server.WaitForCallAsync("getUpdates", 2, Patience);
        await stop.CancelAsync();

        Assert.Equal("Đã nhận: giấy khai sinh", sent.Single().Text);
        Assert.Equal(2, _server.LastConfirmedOffset);
    }

    [Fact]
    public async Task Wait_for_sent_async_times_out_with_what_was_sent()
    {
        await _bot.SendMessage(9, "Lịch làm việc thứ Hai", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Xem", "hours")));

        var error = await Assert.ThrowsAsync<TimeoutException>(() => _server.WaitForSentAsync(s => s.Count > 1, TimeSpan.FromMilliseconds(100)));

        Assert.Contains("Lịch làm việc thứ Hai", error.Message);
        Assert.Contains("Xem → hours", error.Message);
        Assert.Contains("sendMessage ×1", error.Message);
    }

    [Fact]
    public async Task Concurrent_sends_get_distinct_message_ids()
    {
        var messages = await Task.WhenAll(Enumerable.Range(1, 200).Select(i => _bot.SendMessage(i, $"Tin {i}")));

        Assert.Equal(200, messages.Select(m => m.Id).Distinct().Count());
        Assert.Equal(200, _server.Sent.Count);
    }

    [Fact]
    public async Task Max_sends_per_second_answers_the_excess_with_429_retry_after_1()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 3, 1, 1, 0, 0, TimeSpan.Zero));
        await using var server = await FakeTelegramServer.StartAsync(new FakeServerOptions { MaxSendsPerSecond = 2, Time = time });
        var bot = ClientFor(server);

        await bot.SendMessage(1, "1");
        await bot.SendMessage(2, "2");
        var flood = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(3, "3"));
        time.Advance(TimeSpan.FromSeconds(1));
        await bot.SendMessage(3, "3");

        Assert.Equal((429, 1), (flood.ErrorCode, flood.Parameters?.RetryAfter));
        Assert.Equal(3, server.Sent.Count);
        Assert.Equal(time.GetUtcNow(), server.Sent[^1].At);
    }

    [Fact]
    public async Task Disposing_ends_a_held_get_updates_at_once()
    {
        var server = await FakeTelegramServer.StartAsync(new FakeServerOptions { MaxLongPoll = TimeSpan.FromSeconds(60) });
        var poll = ClientFor(server).GetUpdates(timeout: 50);
        await server.WaitForCallAsync("getUpdates", 1, Patience);
        var clock = Stopwatch.StartNew();

        await server.DisposeAsync();
        var updates = await poll.WaitAsync(Patience);

        Assert.Empty(updates);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Parameters_are_read_from_the_query_string_and_forms_and_method_names_ignore_case()
    {
        using var http = new HttpClient { BaseAddress = _server.BaseUrl };
        _server.EnqueueText(4, "a");
        _server.EnqueueText(4, "b");

        var viaQuery = await http.GetStringAsync($"/bot{_server.Token}/getupdates?offset=2&timeout=0");
        using var form = new FormUrlEncodedContent([new("chat_id", "4"), new("text", "Vâng ạ")]);
        using var viaForm = await http.PostAsync($"/bot{_server.Token}/SENDMESSAGE", form);
        using var unknownPath = await http.GetAsync("/file/whatever");

        Assert.Contains("\"update_id\":2", viaQuery);
        Assert.DoesNotContain("\"update_id\":1", viaQuery);
        Assert.True(viaForm.IsSuccessStatusCode);
        Assert.Equal(("sendMessage", "Vâng ạ"), (_server.Sent.Single().Method, _server.Sent.Single().Text));
        Assert.Equal(404, (int)unknownPath.StatusCode);
    }
}
