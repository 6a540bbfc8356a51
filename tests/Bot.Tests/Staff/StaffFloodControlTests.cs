using Microsoft.Extensions.Logging;
using OneStop.Bot.Tests.Notices;
using OneStop.Domain.Notices;
using static OneStop.Bot.Tests.Notices.BroadcastScene;

namespace OneStop.Bot.Tests.Staff;

/// <summary>
/// Issue 12's defect: staff messages sent around the outbox met Telegram's one message a second per chat with a 429,
/// the exception reached the poller, and the poller handled the same button press again, forever. Through the
/// outbox, a 429 only delays the next message.
/// </summary>
public sealed class StaffFloodControlTests
{
    private const long Citizen = 601;
    private const long Newcomer = 602;

    [Fact]
    public async Task Under_one_message_a_second_per_chat_the_preview_comes_once_with_its_buttons_and_citizens_are_answered()
    {
        await using var scene = await StartAsync(maxSendsPerChatPerSecond: 1);
        scene.Server.EnqueueText(Citizen, "/dangky");
        await scene.AdvanceUntilAsync(() => HasButton(scene, Citizen, NoticePress.Subscribe), stepSeconds: 0.25);
        var before = scene.Server.SentTo(Citizen).Count;
        scene.Server.EnqueueCallback(Citizen, NoticePress.Subscribe);
        await scene.AdvanceUntilAsync(() => scene.Server.SentTo(Citizen).Count > before, stepSeconds: 0.25);
        scene.Server.EnqueueText(Official, "/thongbao Thứ Tư này nghỉ lễ.");
        await scene.AdvanceUntilAsync(() => scene.Server.SentTo(Official).Count > 0, stepSeconds: 0.25);

        // The preview is two messages to one chat: the notice, then the summary with its buttons.
        scene.Server.EnqueueCallback(Official, scene.ButtonData(Official, "Tất cả người đăng ký"));
        scene.Server.EnqueueText(Newcomer, "menu");
        await scene.AdvanceUntilAsync(() => HasSendNow(scene) && scene.Server.SentTo(Newcomer).Count > 0, stepSeconds: 0.25);

        Assert.Single(scene.Server.SentTo(Official), m => m.Text.StartsWith("📣", StringComparison.Ordinal));
        Assert.Single(scene.Server.SentTo(Official), m => m.Text.Contains("Số người nhận", StringComparison.Ordinal));
        Assert.DoesNotContain(scene.Server.SentTo(Official), m => m.Text.Contains("gặp lỗi", StringComparison.Ordinal));
        Assert.DoesNotContain(scene.Bot.Log.Entries, e => e.Level >= LogLevel.Error);
        Assert.Contains(scene.Bot.Log.Entries, e => e.Message.Contains("asked to wait", StringComparison.Ordinal));

        scene.Server.EnqueueCallback(Official, scene.ButtonData(Official, "Gửi ngay"));
        await scene.ReportAsync(stepSeconds: 0.25);
        Assert.Equal(1, scene.NoticesTo(Citizen));
    }

    [Fact]
    public async Task A_staff_button_pressed_by_a_stranger_is_refused_on_the_button_and_answered_once()
    {
        await using var scene = await StartAsync();
        await scene.SayAsync(Official, "/thongbao Thứ Tư này nghỉ lễ.");

        var press = scene.Server.EnqueueCallback(777, "tb:all:1");
        await scene.Bot.WaitUntilHandledAsync(press);

        Assert.Single(scene.Server.AnsweredCallbackIds);
        var answer = scene.Server.Calls.Single(c => c.Method == "answerCallbackQuery");
        Assert.Contains("text", answer.Body, StringComparison.Ordinal);
    }

    private static bool HasButton(BroadcastScene scene, long chat, string data) =>
        scene.Server.SentTo(chat).Any(m => m.InlineButtons.SelectMany(r => r).Any(b => b.CallbackData == data));

    private static bool HasSendNow(BroadcastScene scene) =>
        scene.Server.SentTo(Official).Any(m => m.InlineButtons.SelectMany(r => r).Any(b => b.Text.Contains("Gửi ngay", StringComparison.Ordinal)));
}
