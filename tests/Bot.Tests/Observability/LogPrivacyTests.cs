using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OneStop.Bot.Observability;
using OneStop.Bot.Tests.Support;
using OneStop.FakeBotApi;

namespace OneStop.Bot.Tests.Observability;

/// <summary>Logs name a chat by a short keyed hash, and never carry what a citizen wrote, their phone number or their name.</summary>
public sealed class LogPrivacyTests : IDisposable
{
    private const long Citizen = 987_654_321;
    private const string Name = "Nguyễn Thị Hoa";
    private const string Phone = "0912345678";
    private static readonly string Said = $"em là {Name}, số điện thoại {Phone}, muốn đăng ký kết hôn";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_conversation_with_a_name_and_a_phone_number_leaves_neither_nor_the_chat_id_in_the_log()
    {
        var time = new FakeTimeProvider(BotHost.Morning);
        await using var server = await FakeTelegramServer.StartAsync(new FakeServerOptions { Time = time });
        await using var bot = await BotHost.StartAsync(server, time, _folder.File("bot.db"));

        // Flood control on the first reply and a block on a later one: both are logged with the chat.
        server.FailNextSends(1, 429, retryAfterSeconds: 2);
        server.EnqueueText(Citizen, Said, fromId: Citizen);
        await bot.AdvanceUntilAsync(() => server.SentTo(Citizen).Count >= 1, TimeSpan.FromSeconds(1));
        server.BlockChat(Citizen);
        var blocked = server.EnqueueText(Citizen, $"gọi lại cho em số {Phone} nhé", fromId: Citizen);
        await bot.WaitUntilHandledAsync(blocked);
        var pseudonym = bot.Get<ChatPseudonym>().Of(BotHost.Key(Citizen));
        await bot.StopAsync();

        var log = bot.Log.ToString();
        Assert.Contains(pseudonym, log, StringComparison.Ordinal);
        Assert.DoesNotContain(Citizen.ToString(CultureInfo.InvariantCulture), log, StringComparison.Ordinal);
        Assert.DoesNotContain(Phone, log, StringComparison.Ordinal);
        Assert.DoesNotContain(Name, log, StringComparison.Ordinal);
        Assert.DoesNotContain("Hoa", log, StringComparison.Ordinal);
        Assert.DoesNotContain("kết hôn", log, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pseudonym_is_stable_for_a_chat_differs_between_chats_and_between_databases()
    {
        var names = new ChatPseudonym(new byte[32]);
        var other = new ChatPseudonym(Enumerable.Repeat((byte)7, 32).ToArray());

        Assert.Matches("^c-[0-9a-f]{8}$", names.Of("telegram:1"));
        Assert.Equal(names.Of("telegram:1"), names.Of("telegram:1"));
        Assert.NotEqual(names.Of("telegram:1"), names.Of("telegram:2"));
        Assert.NotEqual(names.Of("telegram:1"), other.Of("telegram:1"));
    }

    [Fact]
    public async Task With_the_json_formatter_the_program_writes_one_json_object_a_line_and_no_chat_id_or_text()
    {
        await using var server = await FakeTelegramServer.StartAsync();
        var settings = BotHost.Settings(server, _folder.File("bot.db"));
        settings["Logging:Console:FormatterName"] = "json";
        settings["Logging:LogLevel:Default"] = "Debug";
        server.FailNextSends(1, 429, retryAfterSeconds: 1);
        server.EnqueueText(Citizen, Said, fromId: Citizen);

        await using (var bot = BotHostProcess.Start(settings, _folder.Path))
        {
            await server.WaitForSentAsync(sent => sent.Any(m => m.ChatId == Citizen), BotHost.Patience * 2);
            await bot.KillAsync();
            var lines = bot.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

            Assert.Contains(lines, l => l.Contains("asked to wait", StringComparison.Ordinal));
            foreach (var line in lines)
            {
                using var entry = JsonDocument.Parse(line);
                Assert.True(entry.RootElement.TryGetProperty("Category", out _), line);
                Assert.DoesNotContain(Citizen.ToString(CultureInfo.InvariantCulture), line, StringComparison.Ordinal);
                Assert.DoesNotContain(Phone, line, StringComparison.Ordinal);
                Assert.DoesNotContain("Hoa", line, StringComparison.Ordinal);
            }
        }
    }
}
