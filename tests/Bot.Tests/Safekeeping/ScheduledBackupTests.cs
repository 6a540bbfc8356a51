using Microsoft.Extensions.Time.Testing;
using OneStop.Bot.Safekeeping;
using OneStop.Bot.Tests.Support;
using OneStop.FakeBotApi;

namespace OneStop.Bot.Tests.Safekeeping;

/// <summary>The running bot backs up its database at 02:00 in the commune each night and keeps the newest Storage__BackupKeep.</summary>
public sealed class ScheduledBackupTests
{
    private const long Citizen = 7501;

    [Fact]
    public async Task Nightly_backups_are_named_by_their_time_checked_and_only_the_newest_are_kept()
    {
        using var folder = new TempFolder();
        var backups = Path.Combine(folder.Path, "backups");
        Directory.CreateDirectory(backups);
        // Not a backup of ours: never deleted.
        File.WriteAllText(Path.Combine(backups, "ghi-chu.txt"), "sao lưu");
        var time = new FakeTimeProvider(BotHost.Morning);
        await using var server = await FakeTelegramServer.StartAsync(new FakeServerOptions { Time = time });
        await using var bot = await BotHost.StartAsync(server, time, folder.File("bot.db"), new Dictionary<string, string?>
        {
            ["Storage:BackupDirectory"] = backups,
            ["Storage:BackupKeep"] = "2",
        });
        server.EnqueueText(Citizen, "/start");
        await bot.WaitForSentToAsync(Citizen, 1);

        var service = bot.Get<BackupService>();
        await bot.AdvanceUntilAsync(() => service.Taken >= 3, TimeSpan.FromHours(1));

        var files = Directory.GetFiles(backups).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["ghi-chu.txt", "onestop-20261203-0200.db", "onestop-20261204-0200.db"], files);
        var counts = BackupCheck.Verify(Path.Combine(backups, "onestop-20261204-0200.db"));
        Assert.Equal(1, counts["sessions"]);
        Assert.Contains(bot.Log.Entries, e => e.Message.Contains("Backed up the database", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_schedule_it_cannot_read_stops_the_start_with_what_to_write()
    {
        using var folder = new TempFolder();
        var time = new FakeTimeProvider(BotHost.Morning);
        await using var server = await FakeTelegramServer.StartAsync(new FakeServerOptions { Time = time });

        var error = await Assert.ThrowsAnyAsync<Exception>(() => BotHost.StartAsync(server, time, folder.File("bot.db"), new Dictionary<string, string?>
        {
            ["Storage:BackupDirectory"] = folder.File("backups"),
            ["Storage:BackupEvery"] = "02:00",
        }));

        Assert.Contains("daily HH:mm", error.Message, StringComparison.Ordinal);
    }
}
