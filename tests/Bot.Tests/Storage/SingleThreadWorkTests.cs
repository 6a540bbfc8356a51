using LiteDB;
using OneStop.Bot.Storage;
using OneStop.Bot.Tests.Support;

namespace OneStop.Bot.Tests.Storage;

/// <summary>A staff tool awaits, and LiteDB ties a transaction to its thread: the work stays on one thread, awaits and all.</summary>
public sealed class SingleThreadWorkTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Every_continuation_runs_on_the_thread_the_work_began_on()
    {
        var threads = await SingleThreadWork.RunAsync(() => SingleThreadWork.Wait(async () =>
        {
            List<int> seen = [Environment.CurrentManagedThreadId];
            var elsewhere = await Task.Run(() => Environment.CurrentManagedThreadId);
            seen.Add(Environment.CurrentManagedThreadId);
            await Task.Yield();
            seen.Add(Environment.CurrentManagedThreadId);
            return (Seen: seen, Elsewhere: elsewhere);
        }));

        Assert.Single(threads.Seen.Distinct());
        Assert.NotEqual(threads.Seen[0], threads.Elsewhere);
        Assert.NotEqual(Environment.CurrentManagedThreadId, threads.Seen[0]);
    }

    [Fact]
    public async Task A_transaction_spans_the_awaits_of_the_work_and_a_failure_after_them_undoes_every_write()
    {
        using var db = new BotDatabase(_folder.File("bot.db"));
        var notes = db.Database.GetCollection("notes");

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => SingleThreadWork.RunAsync(() =>
        {
            db.InTransaction(() => SingleThreadWork.Wait(async () =>
            {
                notes.Insert(new BsonDocument { ["_id"] = "before" });
                await Task.Run(() => 0);
                notes.Insert(new BsonDocument { ["_id"] = "after" });
                return Fail();
            }));
            return 0;
        }));

        Assert.Equal("the tool failed", failure.Message);
        Assert.Equal(0, notes.Count());
    }

    private static int Fail() => throw new InvalidOperationException("the tool failed");
}
