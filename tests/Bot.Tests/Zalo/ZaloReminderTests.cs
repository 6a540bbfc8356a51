using OneStop.FakeZaloOa;

namespace OneStop.Bot.Tests.Zalo;

/// <summary>
/// On Zalo a reminder is promised only where Zalo's window will let it through (48 hours after the citizen's last
/// message, billed sends off by default); otherwise the bot says so and when to ask again. The scene starts on
/// Tuesday 01/12/2026 at 09:00; Wednesday 02/12 is a same-day day.
/// </summary>
public sealed class ZaloReminderTests
{
    private const string Hoa = "4006000000000000001";

    [Fact]
    public async Task Only_the_days_whose_reminder_fits_in_the_window_are_offered_and_the_reminder_arrives()
    {
        await using var scene = await ZaloScene.StartAsync();

        var pick = await SayAndReadAsync(scene, "nhắc tôi với");

        Assert.Contains("chỉ nhận nhắc những ngày gần", pick.Text);
        Assert.Contains(pick.Buttons, b => b.Title.Contains("02/12/2026", StringComparison.Ordinal));
        Assert.DoesNotContain(pick.Buttons, b => b.Title.Contains("09/12/2026", StringComparison.Ordinal));

        var before = scene.Oa.SentTo(Hoa).Count;
        await scene.TapAsync(Hoa, "02/12/2026");
        await scene.UntilAsync(() => scene.Oa.SentTo(Hoa).Count > before);
        Assert.Contains("Em sẽ nhắc vào 19 giờ, Thứ Ba, 01/12/2026", scene.Oa.SentTo(Hoa)[^1].Text);

        // Tuesday 19:00, ten hours after the citizen's last message: the evening reminder goes out, free.
        before = scene.Oa.SentTo(Hoa).Count;
        scene.Time.Advance(TimeSpan.FromHours(10));
        await scene.UntilAsync(() => scene.Oa.SentTo(Hoa).Count > before, step: TimeSpan.FromMinutes(1));
        Assert.Contains("Nhắc ông/bà: ngày mai, Thứ Tư, 02/12/2026", scene.Oa.SentTo(Hoa)[^1].Text);
    }

    [Fact]
    public async Task A_day_too_far_for_the_window_is_not_promised_and_the_citizen_is_told_when_to_ask()
    {
        await using var scene = await ZaloScene.StartAsync();
        scene.Time.Advance(TimeSpan.FromDays(2)); // Thursday 03/12, 09:00

        var answer = await SayAndReadAsync(scene, "nhac toi thu tu toi nha");

        Assert.Contains("chưa đặt nhắc cho Thứ Tư, 09/12/2026", answer.Text);
        // The evening reminder (Tuesday 08/12, 19 giờ) fits in a window opened from Sunday 20:00 on.
        Assert.Contains("Từ 20 giờ, Chủ nhật, 06/12/2026", answer.Text);
        Assert.DoesNotContain(answer.Buttons, b => b.Payload.Contains("rm:set", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_weekly_message_is_not_offered_on_zalo_and_a_forged_press_does_not_subscribe()
    {
        await using var scene = await ZaloScene.StartAsync();

        var list = await SayAndReadAsync(scene, "/nhacnho");
        Assert.Contains("chưa dùng được trên Zalo", list.Text);
        Assert.DoesNotContain(list.Buttons, b => b.Payload.Contains("weekly", StringComparison.Ordinal));

        var forged = await SayAndReadAsync(scene, "#rm:weekly:on");
        Assert.Contains("chưa dùng được trên Zalo", forged.Text);
        Assert.DoesNotContain("đang nhận tin nhắn mỗi tối", forged.Text);
    }

    private static async Task<SentZaloMessage> SayAndReadAsync(ZaloScene scene, string text)
    {
        var before = scene.Oa.SentTo(Hoa).Count;
        await scene.SayAsync(Hoa, text);
        await scene.UntilAsync(() => scene.Oa.SentTo(Hoa).Count > before);
        await scene.SettledAsync();
        return scene.Oa.SentTo(Hoa)[^1];
    }
}
