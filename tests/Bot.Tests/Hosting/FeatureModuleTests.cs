using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OneStop.Bot.Conversations;
using OneStop.Bot.Hosting;
using OneStop.Bot.Staff;
using OneStop.Bot.Storage;
using OneStop.Bot.Tests.Support;
using OneStop.Domain.Conversation;
using OneStop.FakeBotApi;
using Telegram.Bot;

namespace OneStop.Bot.Tests.Hosting;

/// <summary>The host is built from the list of feature modules: their commands, collections and staff tools.</summary>
public sealed class FeatureModuleTests : IAsyncLifetime, IDisposable
{
    private const long Citizen = 601;
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(BotHost.Morning);
    private FakeTelegramServer _server = null!;
    private BotHost _bot = null!;

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

    [Fact]
    public async Task The_Telegram_menu_comes_from_the_declared_commands_in_the_citizens_order()
    {
        // The bot sets its menu when it connects, before it polls: once it has answered, the menu is there.
        _server.EnqueueText(Citizen, "/start");
        await _bot.WaitForSentToAsync(Citizen, 1);
        var client = new TelegramBotClient(new TelegramBotClientOptions(_server.Token, _server.BaseUrl.ToString()));

        var menu = await client.GetMyCommands();

        Assert.Equal(
        [
            "start Bắt đầu",
            "menu Màn hình chính",
            "help Cách dùng",
            "kiemtra Kiểm tra hồ sơ còn thiếu gì",
            "nhacnho Lời nhắc ngày “không viết, không hẹn”",
            "tructuyen Nộp hồ sơ trực tuyến",
            "dangky Nhận thông báo của Trung tâm",
            "khaosat Góp ý, đánh giá",
            "huy Dừng việc đang làm, ngừng nhận thông báo",
            "xoadulieu Xoá dữ liệu của tôi",
        ],
        menu.Select(c => $"{c.Command} {c.Description}"));
    }

    [Fact]
    public void Every_staff_tool_the_host_runs_is_declared_by_its_module()
    {
        var declared = _bot.Services.GetRequiredService<CommandMenu>().All
            .Where(c => c.Audience == CommandAudience.Staff).Select(c => c.Name.TrimStart('/')).Order();

        var running = _bot.Services.GetServices<IStaffCommand>().Select(c => c.Name).Order();

        Assert.Equal(["baocao", "hoidap", "nghidotxuat", "phieukhaosat", "thongbao"], running);
        Assert.Equal(running, declared);
    }

    [Fact]
    public void Every_module_collection_exists_before_the_first_message()
    {
        var db = _bot.Services.GetRequiredService<BotDatabase>();

        var missing = FeatureModules.Create().SelectMany(m => m.Collections).Where(c => !db.Database.CollectionExists(c));

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_chat_data_store_a_module_declares_is_asked_on_deletion()
    {
        var owners = _bot.Services.GetServices<IChatDataOwner>().Select(o => o.GetType()).ToHashSet();

        var declared = FeatureModules.Create().SelectMany(m => m.ChatData).ToList();

        Assert.Equal(4, declared.Count);
        Assert.All(declared, type => Assert.Contains(type, owners));
    }

    [Fact]
    public void A_new_module_adds_its_commands_to_the_menu_in_the_place_it_asks_for()
    {
        var shipped = _bot.Services.GetRequiredService<CommandMenu>().All;

        var menu = new CommandMenu([.. shipped, new SlashCommand("/lichtruc", "Lịch trực", MenuPlace: 35), new SlashCommand("/an", "Ẩn", MenuPlace: null)]);

        var names = menu.ForCitizens.Select(c => c.Name).ToList();
        Assert.Equal(names.IndexOf("/tructuyen") + 1, names.IndexOf("/lichtruc"));
        Assert.DoesNotContain("/an", names);
    }
}
