using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OneStop.Bot.Tests.Support;
using OneStop.FakeBotApi;

namespace OneStop.Bot.Tests.Handover;

public sealed class HandoverSettingsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Remind_after_written_as_a_bare_4_is_refused_at_start_with_what_to_write()
    {
        var time = new FakeTimeProvider(BotHost.Morning);
        await using var server = await FakeTelegramServer.StartAsync(new FakeServerOptions { Time = time });

        // A bare "4" binds as four days of office time, surely not what was meant.
        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            BotHost.StartAsync(server, time, _folder.File("bot.db"), new Dictionary<string, string?> { ["Handover:RemindAfter"] = "4" }));
        Assert.Contains("04:00:00", refused.Message);
    }
}
