using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using OneStop.Bot.Survey;
using OneStop.Bot.Tests.Support;
using OneStop.FakeBotApi;

namespace OneStop.Bot.Tests.Survey;

/// <summary>
/// The survey's staff tools and a ticket's whole life over the real Telegram.Bot client and host, against the fake
/// Bot API server: /phieukhaosat by staff, a citizen scanning the link, the complaint in the staff group, /baocao,
/// and the refusal of everyone else, forged buttons included.
/// </summary>
public sealed partial class SurveyTelegramTests : IAsyncLifetime, IDisposable
{
    private const long Official = 5001;
    private const long Stranger = 6001;
    private const long Citizen = 7001;
    private const long Neighbour = 7002;
    private const long StaffGroup = -100123;

    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(BotHost.Morning);
    private FakeTelegramServer _server = null!;
    private BotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeTelegramServer.StartAsync(new FakeServerOptions { Time = _time });
        _bot = await BotHost.StartAsync(_server, _time, _folder.File("bot.db"), new Dictionary<string, string?>
        {
            ["Staff:Members:0:TelegramId"] = Official.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Staff:Members:0:Role"] = "official",
            ["Staff:GroupChatId"] = StaffGroup.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Survey:TicketSecret"] = "a-secret-for-the-end-to-end-test",
        });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _server.DisposeAsync();
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Staff_make_tickets_a_citizen_scans_one_complains_and_staff_get_the_report()
    {
        _server.EnqueueText(Official, "/phieukhaosat ket-hon 02/12/2026 t4 2");
        await _bot.AdvanceUntilAsync(() => _server.SentTo(Official).Any(m => m.Method == "sendDocument"), TimeSpan.FromSeconds(1));

        var sent = _server.SentTo(Official);
        Assert.Contains("Đã tạo 2 phiếu", sent[0].Text);
        Assert.Contains("Thứ Tư, 02/12/2026", sent[0].Text);
        var photos = sent.Where(m => m.Method == "sendPhoto").ToList();
        Assert.Equal(2, photos.Count);
        var links = photos.Select(p => Link().Match(p.Text)).ToList();
        Assert.All(links, l => Assert.True(l.Success, "each QR code has its link written under it"));
        Assert.NotEqual(links[0].Groups["payload"].Value, links[1].Groups["payload"].Value);
        Assert.All(links, l => Assert.True(l.Groups["payload"].Value.Length <= 64));
        Assert.Contains("Trang in 1/1", sent.Single(m => m.Method == "sendDocument").Text);

        var payload = links[0].Groups["payload"].Value;
        _server.EnqueueText(Citizen, $"/start {payload}");
        var question = await LastToAsync(Citizen, m => m.Text.Contains("Câu 1/6", StringComparison.Ordinal));
        Assert.Contains("Đăng ký kết hôn", question.Text);

        _server.EnqueueText(Neighbour, $"/start {payload}");
        await LastToAsync(Neighbour, m => m.Text.Contains("đã được dùng", StringComparison.Ordinal));

        var unhappy = question.InlineButtons.SelectMany(r => r).Single(b => b.Text.Contains("Không hài lòng", StringComparison.Ordinal)).CallbackData!;
        _server.EnqueueCallback(Citizen, unhappy);
        var alert = await LastToAsync(StaffGroup, m => m.Text.Contains("Góp ý từ khảo sát", StringComparison.Ordinal));
        Assert.Contains("Không hài lòng", alert.Text);
        Assert.DoesNotContain(Citizen.ToString(System.Globalization.CultureInfo.InvariantCulture), alert.Text);

        _server.EnqueueText(Official, "/baocao 12/2026");
        await _bot.WaitForSentAsync(s => s.Any(m => m.ChatId == Official && m.Method == "sendDocument" && m.Text.Contains("Bảng tính", StringComparison.Ordinal)));
        var report = _server.SentTo(Official).First(m => m.Text.Contains("KHẢO SÁT SỰ HÀI LÒNG", StringComparison.Ordinal));
        Assert.Contains("Số người trả lời: 1", report.Text);
        Assert.Contains("Phiếu đã phát cho ngày trong kỳ: 2, đã dùng: 1", report.Text);
        Assert.Contains(_server.SentTo(Official), m => m.Method == "sendPhoto" && m.Text.Contains("Biểu đồ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Anyone_else_is_refused_forged_buttons_included_and_the_attempt_is_logged()
    {
        _server.EnqueueText(Stranger, "/phieukhaosat ket-hon 2");
        var refusal = await LastToAsync(Stranger, m => m.Text.Contains("chỉ dành cho cán bộ", StringComparison.Ordinal));
        Assert.Equal("sendMessage", refusal.Method);

        var press = _server.EnqueueCallback(Stranger, "pk:o:20261202:1:2:5");
        _server.EnqueueText(Stranger, "/baocao");
        await _bot.WaitUntilHandledAsync(_server.EnqueueText(Stranger, "xin chào"));

        Assert.Contains($"cb-{press}", _server.AnsweredCallbackIds);
        Assert.DoesNotContain(_server.SentTo(Stranger), m => m.Method is "sendPhoto" or "sendDocument");
        Assert.DoesNotContain(_server.SentTo(Stranger), m => m.Text.Contains("KHẢO SÁT", StringComparison.Ordinal));
        Assert.Equal(0, TicketBook.Tickets(_bot.Get<OneStop.Bot.Storage.BotDatabase>()).Count());
        Assert.Equal(3, _bot.Log.AtLeast(LogLevel.Warning).Count(e => e.ToString().Contains("Refused staff tool", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_visit_day_on_which_the_office_was_closed_is_refused()
    {
        // Saturday 28/11/2026: the desk does not work on Saturdays, so no one came to fill a survey.
        _server.EnqueueText(Official, "/phieukhaosat ket-hon 28/11/2026 2");
        var refusal = await LastToAsync(Official, m => m.Text.Contains("Trung tâm nghỉ", StringComparison.Ordinal));

        Assert.Contains("Thứ Bảy, 28/11/2026", refusal.Text);
        Assert.Contains("/phieukhaosat 30/11/2026", refusal.Text);
        Assert.DoesNotContain(_server.SentTo(Official), m => m.Method is "sendPhoto" or "sendDocument");
        Assert.Equal(0, TicketBook.Tickets(_bot.Get<OneStop.Bot.Storage.BotDatabase>()).Count());
    }

    [Fact]
    public async Task Staff_who_leave_out_the_procedure_and_number_pick_them_with_buttons()
    {
        _server.EnqueueText(Official, "/phieukhaosat");
        var pick = await LastToAsync(Official, m => m.Text.Contains("chọn thủ tục", StringComparison.Ordinal));
        Assert.Contains("Thứ Ba, 01/12/2026", pick.Text);

        _server.EnqueueCallback(Official, pick.InlineButtons.SelectMany(r => r).Single(b => b.Text == "Khai tử").CallbackData!);
        var count = await LastToAsync(Official, m => m.Text.Contains("mấy phiếu", StringComparison.Ordinal));

        _server.EnqueueCallback(Official, count.InlineButtons.SelectMany(r => r).Single(b => b.Text == "1").CallbackData!);
        await _bot.AdvanceUntilAsync(() => _server.SentTo(Official).Any(m => m.Method == "sendDocument"), TimeSpan.FromSeconds(1));
        Assert.Single(_server.SentTo(Official), m => m.Method == "sendPhoto");
        Assert.Equal(1, TicketBook.Tickets(_bot.Get<OneStop.Bot.Storage.BotDatabase>()).Count());
    }

    private async Task<SentMessage> LastToAsync(long chatId, Func<SentMessage, bool> condition)
    {
        var sent = await _bot.WaitForSentAsync(s => s.Any(m => m.ChatId == chatId && condition(m)));
        return sent.Last(m => m.ChatId == chatId && condition(m));
    }

    [GeneratedRegex(@"https://t\.me/onestop_test_bot\?start=(?<payload>[A-Za-z0-9_-]+)")]
    private static partial Regex Link();
}
