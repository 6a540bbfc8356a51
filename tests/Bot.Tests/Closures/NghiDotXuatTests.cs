using OneStop.Bot.Notices;
using OneStop.Bot.Closures;
using OneStop.Bot.Reminders;
using OneStop.Bot.Storage;
using OneStop.Bot.Tests.Notices;
using OneStop.Bot.Tests.Support;
using static OneStop.Bot.Tests.Notices.BroadcastScene;

namespace OneStop.Bot.Tests.Closures;

/// <summary>
/// /nghidotxuat end to end through Telegram (the real host against the fake Bot API; clock: Tuesday 01/12/2026, 9:00):
/// an official closes the office for a storm, and at once the calendar, the same-day promise, reminders and the notice
/// follow; a closure is cancelled and the citizens moved are told; a /thongbao announcing a closure offers to mark it.
/// </summary>
public sealed class NghiDotXuatTests
{
    private const long Lan = 601;
    private const long Minh = 602;
    private const long Stranger = 777;

    /// <summary>The citizen asks; returns everything the bot answered (the welcome comes first on a first contact).</summary>
    private static async Task<string> AskAsync(BroadcastScene scene, long citizen, string text)
    {
        var before = scene.Server.SentTo(citizen).Count;
        var answers = before == 0 ? 2 : 1;
        scene.Server.EnqueueText(citizen, text);
        var sent = await scene.Bot.WaitForSentAsync(all => all.Count(m => m.ChatId == citizen) >= before + answers);
        return string.Join("\n", sent.Where(m => m.ChatId == citizen).Skip(before).Select(m => m.Text));
    }

    private static void Remind(BroadcastScene scene, long citizen, string day, string? procedure = null) =>
        ReminderStore.Reminders(scene.Bot.Get<BotDatabase>()).Insert(new StoredReminder
        {
            Id = StoredReminder.Key(BotHost.Key(citizen), day), ChatKey = BotHost.Key(citizen), Day = day, ProcedureId = procedure,
        });

    [Fact]
    public async Task A_storm_closes_Wednesday_every_answer_reminder_and_notice_follows_and_a_cancellation_undoes_it()
    {
        await using var scene = await StartAsync();
        Remind(scene, Lan, "20261202", "ket-hon");

        var preview = await scene.SayAsync(Official, "/nghidotxuat 02/12/2026 Bão số 15");
        Assert.Contains("Nghỉ đột xuất Thứ Tư, 02/12/2026, cả ngày: Bão số 15", preview.Text);
        Assert.Contains("1 người có lời nhắc", preview.Text);
        Assert.Contains("Thứ Tư, 09/12/2026", preview.Text);
        Assert.True(scene.Bot.Get<OneStop.Domain.Content.ContentCatalog>().Calendar.IsWorkingDay(new DateOnly(2026, 12, 2)), "nothing changes before the official confirms");

        var confirmed = await scene.PressAsync(Official, "Xác nhận nghỉ");
        Assert.Contains("Đã ghi: Trung tâm nghỉ Thứ Tư, 02/12/2026, cả ngày (Bão số 15)", confirmed.Text);
        Assert.Contains("Đã dời lời nhắc của 1 người sang Thứ Tư, 09/12/2026", confirmed.Text);

        var moved = await scene.Bot.WaitForSentAsync(sent => sent.Any(m => m.ChatId == Lan && m.Text.Contains("dời lời nhắc", StringComparison.Ordinal)));
        Assert.Contains("Thứ Tư, 02/12/2026 Trung tâm nghỉ (nghỉ đột xuất: Bão số 15), nên em dời lời nhắc của ông/bà sang Thứ Tư, 09/12/2026", moved.Last(m => m.ChatId == Lan).Text);
        Assert.NotNull(ReminderStore.Reminders(scene.Bot.Get<BotDatabase>()).FindById(StoredReminder.Key(BotHost.Key(Lan), "20261209")));

        var day = await AskAsync(scene, Minh, "thu tu nay co lam khong");
        Assert.Contains("Trung tâm nghỉ (nghỉ đột xuất: Bão số 15)", day);
        Assert.Contains("ngày gần nhất sau đó: Thứ Tư, 09/12/2026", day);
        var card = await AskAsync(scene, Minh, "dang ky ket hon");
        Assert.Contains("“Ngày không viết, không hẹn” gần nhất: Thứ Tư, 09/12/2026", card);
        Assert.Contains("Thứ Tư, 02/12/2026 nghỉ: nghỉ đột xuất: Bão số 15", card);

        var audience = await scene.PressAsync(Official, "Soạn thông báo");
        Assert.Contains("Gửi cho ai", audience.Text, StringComparison.Ordinal);
        var draft = scene.Bot.Get<BroadcastStore>().DraftOf($"telegram:{Official}");
        Assert.NotNull(draft);
        Assert.Contains("nghỉ cả ngày Thứ Tư, 02/12/2026 (Bão số 15), không tiếp nhận hồ sơ", draft.Text);
        Assert.Contains("gần nhất: Thứ Tư, 09/12/2026", draft.Text);

        var list = await scene.SayAsync(Official, "/nghidotxuat ds");
        Assert.Contains("Các ngày nghỉ đột xuất", list.Text);
        var cancelled = await scene.PressAsync(Official, "02/12/2026");
        Assert.Contains("Đã hủy nghỉ đột xuất Thứ Tư, 02/12/2026", cancelled.Text);
        Assert.Contains("Đã báo 1 người", cancelled.Text);
        // A second message to the same chat within a second waits its turn (Delivery__PerChatInterval): move the clock.
        await scene.AdvanceUntilAsync(() => scene.Server.SentTo(Lan).Any(m => m.Text.Contains("hủy lịch nghỉ đột xuất", StringComparison.Ordinal)));
        Assert.Contains("chuyển lời nhắc của ông/bà về lại Thứ Tư, 02/12/2026", scene.Server.SentTo(Lan)[^1].Text);
        var reminders = ReminderStore.Reminders(scene.Bot.Get<BotDatabase>());
        Assert.NotNull(reminders.FindById(StoredReminder.Key(BotHost.Key(Lan), "20261202")));
        Assert.Null(reminders.FindById(StoredReminder.Key(BotHost.Key(Lan), "20261209")));
        Assert.Contains("gần nhất: Thứ Tư, 02/12/2026", await AskAsync(scene, Minh, "dang ky ket hon"));
    }

    [Fact]
    public async Task A_half_day_closure_keeps_the_other_half_and_moves_the_same_day_promise()
    {
        await using var scene = await StartAsync();
        await scene.SayAsync(Official, "/nghidotxuat 02/12/2026 sáng Ngập lụt");
        await scene.PressAsync(Official, "Xác nhận nghỉ");

        var day = await AskAsync(scene, Minh, "thu tu nay co lam khong");
        Assert.Contains("Trung tâm nghỉ buổi sáng (nghỉ đột xuất: Ngập lụt); buổi chiều làm việc", day);
        Assert.Contains("ngày gần nhất sau đó: Thứ Tư, 09/12/2026", day);
    }

    [Fact]
    public async Task A_closure_survives_a_restart_and_a_stranger_cannot_close_the_office()
    {
        await using var scene = await StartAsync();
        var refused = await scene.SayAsync(Stranger, "/nghidotxuat 02/12/2026 Tin giả");
        Assert.Contains("chỉ dành cho cán bộ", refused.Text);

        await scene.SayAsync(Official, "/nghidotxuat 03/12/2026 Bão số 15");
        await scene.PressAsync(Official, "Xác nhận nghỉ");
        await scene.RestartAsync();

        Assert.Contains("Trung tâm nghỉ (nghỉ đột xuất: Bão số 15)", await AskAsync(scene, Minh, "thu 5 tuan nay co lam khong"));
    }

    [Fact]
    public async Task A_notice_that_closes_a_day_offers_to_mark_it_so_the_bot_never_contradicts_it()
    {
        await using var scene = await StartAsync();
        await scene.SubscribeAsync(Lan);
        await scene.SayAsync(Official, "/thongbao Do lũ, ngày 03/12/2026 Trung tâm nghỉ, không tiếp nhận hồ sơ.", answers: 2);
        Assert.Contains(scene.Server.SentTo(Official), m => m.Text.Contains("muốn ghi ngày đó là ngày nghỉ đột xuất", StringComparison.Ordinal) && m.Text.Contains("Thứ Năm, 03/12/2026", StringComparison.Ordinal));

        var preview = await scene.PressAsync(Official, "Ghi nghỉ đột xuất");
        Assert.Contains("theo thông báo của Trung tâm", preview.Text);
        await scene.PressAsync(Official, "Xác nhận nghỉ");

        Assert.Contains("Trung tâm nghỉ (nghỉ đột xuất: theo thông báo của Trung tâm)", await AskAsync(scene, Minh, "thu 5 tuan nay co lam khong"));
    }

    [Fact]
    public async Task Deleting_my_data_forgets_the_chat_in_the_closures_that_moved_its_reminder()
    {
        await using var scene = await StartAsync();
        Remind(scene, Lan, "20261202");
        await scene.SayAsync(Official, "/nghidotxuat 02/12/2026 Bão số 15");
        await scene.PressAsync(Official, "Xác nhận nghỉ");
        Assert.Single(scene.Bot.Get<ClosureStore>().Active()[0].Moved);

        scene.Server.EnqueueText(Lan, "/xoadulieu");
        await scene.Bot.WaitForSentAsync(sent => sent.Any(m => m.ChatId == Lan && m.InlineButtons.SelectMany(r => r).Any(b => b.Text.Contains("Có, xoá hết", StringComparison.Ordinal))));
        await scene.PressAsync(Lan, "Có, xoá hết");

        Assert.Empty(scene.Bot.Get<ClosureStore>().Active()[0].Moved);
    }

    [Fact]
    public void The_order_reads_a_whole_day_or_half_a_day()
    {
        Assert.Equal(new ClosureOrder(new DateOnly(2026, 12, 9), Domain.Closures.DayPart.WholeDay, "Bão số 15"), ClosureOrder.Parse("09/12/2026 Bão số 15"));
        Assert.Equal(new ClosureOrder(new DateOnly(2026, 12, 9), Domain.Closures.DayPart.Afternoon, "Lũ"), ClosureOrder.Parse("9/12/2026 chiều Lũ"));
        Assert.Null(ClosureOrder.Parse("ngày mai"));
    }
}
