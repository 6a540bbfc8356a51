using LiteDB;
using Microsoft.Extensions.Time.Testing;
using OneStop.Bot.Commands;
using OneStop.Bot.Safekeeping;
using OneStop.Bot.Storage;
using OneStop.Bot.Tests.Support;

namespace OneStop.Bot.Tests.Safekeeping;

/// <summary>`restore FILE` checks the backup, refuses while a bot runs, and keeps the database it replaces.</summary>
public sealed class RestoreCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(BotHost.Morning);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_checked_backup_replaces_the_database_and_the_old_one_is_kept()
    {
        var database = _folder.File("bot.db");
        await MakeBackupAsync(database, _folder.File("backup.db"), "telegram:1");
        Write(database, "telegram:2");

        var (code, said) = Run(database, _folder.File("backup.db"));

        Assert.True(code == 0, said);
        Assert.Equal(["telegram:1"], Sessions(database));
        var kept = Path.Combine(_folder.Path, "bot-before-restore-20261201-090000.db");
        Assert.Contains(kept, said, StringComparison.Ordinal);
        Assert.Equal(["telegram:2"], Sessions(kept));
    }

    [Fact]
    public void A_broken_file_is_refused_and_nothing_changes()
    {
        var database = _folder.File("bot.db");
        Write(database, "telegram:2");
        var before = File.ReadAllBytes(database);
        var broken = _folder.File("broken.db");
        // Cut at a page boundary, so only reading it tells it is broken.
        File.WriteAllBytes(broken, [.. before.Take(before.Length / 8192 / 2 * 8192)]);
        File.WriteAllText(_folder.File("text.db"), "không phải cơ sở dữ liệu");

        foreach (var bad in new[] { broken, _folder.File("text.db"), _folder.File("missing.db") })
        {
            var (code, said) = Run(database, bad);

            Assert.True(code == 1, said);
            Assert.Contains("Nothing was changed", said, StringComparison.Ordinal);
        }

        Assert.Equal(before, File.ReadAllBytes(database));
        Assert.Single(Directory.GetFiles(_folder.Path, "bot*.db"));
    }

    [Fact]
    public async Task It_refuses_while_a_bot_holds_the_database()
    {
        var database = _folder.File("bot.db");
        await MakeBackupAsync(database, _folder.File("backup.db"), "telegram:1");
        using var running = new BotDatabase(database);

        var (code, said) = Run(database, _folder.File("backup.db"));

        Assert.Equal(1, code);
        Assert.Contains("stop it first", said, StringComparison.Ordinal);
    }

    private (int Code, string Said) Run(string database, string backup)
    {
        using var output = new StringWriter();
        var code = RestoreCommand.Run(BackupCommandTests.Config(database), [backup], output, _time);
        return (code, output.ToString());
    }

    private static async Task MakeBackupAsync(string database, string backup, string chat)
    {
        Write(database, chat);
        using var db = new BotDatabase(database);
        await DatabaseCopy.WriteAsync(db, backup);
    }

    private static void Write(string database, string chat)
    {
        File.Delete(database);
        using var db = new BotDatabase(database);
        db.Database.GetCollection("sessions").Upsert(new BsonDocument { ["_id"] = chat, ["State"] = "menu" });
    }

    private static List<string> Sessions(string file)
    {
        using var db = new LiteDatabase(new ConnectionString { Filename = file, ReadOnly = true });
        return db.GetCollection("sessions").FindAll().Select(d => d["_id"].AsString).ToList();
    }
}
