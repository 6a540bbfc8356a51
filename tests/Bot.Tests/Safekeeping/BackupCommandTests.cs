using LiteDB;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;
using OneStop.Bot.Commands;
using OneStop.Bot.Safekeeping;
using OneStop.Bot.Storage;
using OneStop.Bot.Tests.Support;
using OneStop.FakeBotApi;

namespace OneStop.Bot.Tests.Safekeeping;

/// <summary>`backup --out FILE` goes through the running bot's control socket, or reads the file itself when no bot runs.</summary>
public sealed class BackupCommandTests
{
    private const long Citizen = 7601;

    [Fact]
    public async Task The_command_takes_a_backup_through_the_running_bot_and_from_the_file_once_it_stopped()
    {
        using var folder = new TempFolder();
        var database = folder.File("bot.db");
        var time = new FakeTimeProvider(BotHost.Morning);
        await using var server = await FakeTelegramServer.StartAsync(new FakeServerOptions { Time = time });
        var bot = await BotHost.StartAsync(server, time, database);
        server.EnqueueText(Citizen, "/start");
        await bot.WaitForSentToAsync(Citizen, 1);
        var socket = database + ".sock";

        var (code, said) = await RunAsync(database, folder.File("running.db"));

        Assert.True(code == 0, said);
        Assert.Contains("through the running bot", said, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(socket));
        }

        Assert.NotNull(SessionIn(folder.File("running.db"), BotHost.Key(Citizen)));

        var control = bot.Get<ControlSocket>();
        await bot.StopAsync();
        // A clean stop: a faulted service would make the program exit with 1 (HostExit).
        Assert.True(control.ExecuteTask!.IsCompletedSuccessfully);
        Assert.False(File.Exists(socket));
        (code, said) = await RunAsync(database, folder.File("stopped.db"));

        Assert.True(code == 0, said);
        Assert.Contains("no bot was running", said, StringComparison.Ordinal);
        Assert.NotNull(SessionIn(folder.File("stopped.db"), BotHost.Key(Citizen)));
    }

    [Fact]
    public async Task Without_out_it_says_how_to_call_it()
    {
        using var folder = new TempFolder();
        using var output = new StringWriter();

        var code = await BackupCommand.RunAsync(Config(folder.File("bot.db")), [], output);

        Assert.Equal(2, code);
        Assert.Contains("backup --out FILE", output.ToString(), StringComparison.Ordinal);
    }

    internal static IConfiguration Config(string database) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Path"] = database }).Build();

    private static async Task<(int Code, string Said)> RunAsync(string database, string target)
    {
        using var output = new StringWriter();
        var code = await BackupCommand.RunAsync(Config(database), ["--out", target], output);
        return (code, output.ToString());
    }

    private static BsonDocument? SessionIn(string file, string key)
    {
        using var db = new LiteDatabase(new ConnectionString { Filename = file, ReadOnly = true });
        return db.GetCollection("sessions").FindById(key);
    }
}
