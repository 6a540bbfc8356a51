using LiteDB;
using OneStop.Bot.Safekeeping;
using OneStop.Bot.Storage;
using OneStop.Bot.Telegram;
using OneStop.Bot.Tests.Support;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Tests.Safekeeping;

/// <summary>A backup taken while batches are being committed is a whole database holding every batch committed before it began, and no half of one.</summary>
public sealed class BackupDuringBurstTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_backup_during_a_burst_opens_passes_the_check_and_holds_every_batch_committed_before_it()
    {
        using var db = new BotDatabase(_folder.File("bot.db"));
        var store = new ConversationStore(db, []);
        var committed = 0L;
        var stop = false;
        // A real thread: LiteDB transactions belong to their thread, and a task could run inline on the test's.
        var writer = new Thread(() =>
        {
            for (var i = 1; !Volatile.Read(ref stop); i++)
            {
                store.Commit(Batch(i), BotHost.Morning.UtcDateTime);
                Volatile.Write(ref committed, i);
            }
        });
        writer.Start();
        while (Volatile.Read(ref committed) < 300)
        {
            await Task.Yield();
        }

        var before = Volatile.Read(ref committed);
        var counts = await DatabaseCopy.WriteAsync(db, _folder.File("backup.db"));
        var after = Volatile.Read(ref committed);
        Volatile.Write(ref stop, true);
        writer.Join();

        Assert.True(after > before, "the burst went on while the backup was taken");
        Assert.Equal(counts, BackupCheck.Verify(_folder.File("backup.db")));
        using var copy = new LiteDatabase(new ConnectionString { Filename = _folder.File("backup.db"), ReadOnly = true });
        var last = copy.GetCollection("positions").FindById("burst")["Last"].AsInt64;
        Assert.InRange(last, before, after);
        // Each batch wrote a session, a position and a reply: all of them, or none.
        Assert.Equal(last, copy.GetCollection("sessions").LongCount());
        Assert.Equal(last, copy.GetCollection("outbox").LongCount());
        Assert.NotNull(copy.GetCollection("sessions").FindById(TelegramChat.Address(last).Key));
    }

    private static TurnBatch Batch(long i)
    {
        var chat = TelegramChat.Address(i);
        var batch = new TurnBatch();
        batch.Sessions[chat.Key] = new Session { Id = chat.Key, State = "menu" };
        batch.Positions["burst"] = i;
        batch.Outbox.Add(OutboxMessage.From(chat, new Reply("Dạ, em chào ông/bà."), OutboxKind.Reply, BotHost.Morning.UtcDateTime));
        return batch;
    }
}
