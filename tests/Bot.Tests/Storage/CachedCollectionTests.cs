using OneStop.Bot.Storage;
using OneStop.Bot.Tests.Support;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Tests.Storage;

/// <summary>
/// Sessions and chat records are read from memory; these check that memory never says something the file does
/// not: after a rollback, after a caller changed what it read, across threads, past the cache's capacity, and
/// after a reopen. Real LiteDB files.
/// </summary>
public sealed class CachedCollectionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Path => _folder.File("bot.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_rolled_back_write_is_not_read_back()
    {
        using var db = new BotDatabase(Path);
        db.Sessions.Upsert(Session("telegram:1", "menu"));

        Assert.Throws<InvalidOperationException>(() => db.InTransaction(() =>
        {
            db.Sessions.Upsert(Session("telegram:1", "procedure"));
            db.Sessions.Upsert(Session("telegram:2", "menu"));
            db.Chats.Delete("telegram:1");
            throw new InvalidOperationException("the batch failed");
        }));

        Assert.Equal("menu", db.Sessions.FindById("telegram:1")?.State);
        Assert.Null(db.Sessions.FindById("telegram:2"));
    }

    [Fact]
    public void A_committed_write_is_read_back_and_survives_a_reopen()
    {
        using (var db = new BotDatabase(Path))
        {
            Assert.Null(db.Sessions.FindById("telegram:1"));
            db.InTransaction(() => db.Sessions.Upsert(Session("telegram:1", "procedure")));
            Assert.Equal("procedure", db.Sessions.FindById("telegram:1")?.State);
        }

        using var reopened = new BotDatabase(Path);
        Assert.Equal("procedure", reopened.Sessions.FindById("telegram:1")?.State);
    }

    [Fact]
    public void Changing_what_was_read_changes_nothing_until_it_is_saved()
    {
        using var db = new BotDatabase(Path);
        db.Sessions.Upsert(Session("telegram:1", "menu"));

        var read = db.Sessions.FindById("telegram:1")!;
        read.State = "procedure";
        read.Data["checklist"] = "half-way";

        var again = db.Sessions.FindById("telegram:1")!;
        Assert.Equal("menu", again.State);
        Assert.Empty(again.Data);
        Assert.NotSame(read, again);
    }

    [Fact]
    public void Inside_a_transaction_its_thread_reads_its_own_writes_and_other_threads_the_committed_ones()
    {
        using var db = new BotDatabase(Path);
        db.Sessions.Upsert(Session("telegram:1", "menu"));
        string? seenInside = null;
        string? seenElsewhere = null;

        db.InTransaction(() =>
        {
            db.Sessions.Upsert(Session("telegram:1", "procedure"));
            seenInside = db.Sessions.FindById("telegram:1")?.State;
            // A thread of its own: a task waited on here could run inline, on this thread.
            var errors = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
            var other = Guarded(errors, () => seenElsewhere = db.Sessions.FindById("telegram:1")?.State);
            other.Start();
            other.Join();
            Assert.Empty(errors);
        });

        Assert.Equal("procedure", seenInside);
        Assert.Equal("menu", seenElsewhere);
        Assert.Equal("procedure", db.Sessions.FindById("telegram:1")?.State);
    }

    [Fact]
    public void Past_its_capacity_every_record_is_still_read_right()
    {
        using var db = new BotDatabase(Path, cachedChats: 2);
        for (var i = 1; i <= 5; i++)
        {
            db.Sessions.Upsert(Session($"telegram:{i}", $"step-{i}"));
        }

        db.Sessions.Delete("telegram:2");
        Assert.False(db.Sessions.Update(Session("telegram:9", "never-stored")));

        for (var round = 0; round < 2; round++)
        {
            Assert.Equal("step-1", db.Sessions.FindById("telegram:1")?.State);
            Assert.Null(db.Sessions.FindById("telegram:2"));
            Assert.Equal("step-5", db.Sessions.FindById("telegram:5")?.State);
            Assert.Null(db.Sessions.FindById("telegram:9"));
        }
    }

    [Fact]
    public void Chat_records_read_from_memory_follow_a_block_reported_by_a_send()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(BotHost.Morning);
        using var stored = new StoredConversation(Path, time);
        var lan = StoredConversation.Chat(1);
        stored.Say(lan, "/start", 1);
        Assert.True(stored.Store.FindChat(lan.Key)?.Reachable);

        stored.Outbox.DropChat(lan.Key);
        Assert.False(stored.Store.FindChat(lan.Key)?.Reachable);

        // Writing again (within the hour in which last-seen is not rewritten) makes the chat reachable again.
        stored.Say(lan, "alo", 2);
        Assert.True(stored.Store.FindChat(lan.Key)?.Reachable);
    }

    [Fact]
    public void Preparing_collections_creates_them_and_leaves_nothing_in_them()
    {
        using (var db = new BotDatabase(Path))
        {
            db.Prepare("survey_answers");
            db.Sessions.Upsert(Session("telegram:1", "menu"));
            db.Prepare("sessions");
        }

        using var reopened = new BotDatabase(Path);
        var names = reopened.Database.GetCollectionNames().ToList();
        Assert.Contains("survey_answers", names);
        Assert.Contains("positions", names);
        Assert.Equal(0, reopened.Database.GetCollection("survey_answers").Count());
        Assert.Equal(0, reopened.Database.GetCollection("outbox").Count());
        Assert.Equal(1, reopened.Database.GetCollection("sessions").Count());
    }

    [Fact]
    public void Readers_racing_writers_leave_no_stale_record_behind()
    {
        const int Ids = 20;
        using var db = new BotDatabase(Path, cachedChats: 8);
        var errors = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        var writers = Enumerable.Range(0, 3).Select(w => Guarded(errors, () =>
        {
            for (var i = 0; i < 300; i++)
            {
                var id = $"telegram:{i % Ids}";
                if (i % 3 == 0)
                {
                    db.InTransaction(() => db.Sessions.Upsert(Session(id, $"w{w}-{i}")));
                }
                else
                {
                    db.Sessions.Upsert(Session(id, $"w{w}-{i}"));
                }
            }
        }));
        var readers = Enumerable.Range(0, 3).Select(_ => Guarded(errors, () =>
        {
            for (var i = 0; i < 600; i++)
            {
                db.Sessions.FindById($"telegram:{i % Ids}");
            }
        }));
        var all = writers.Concat(readers).ToList();
        all.ForEach(t => t.Start());
        all.ForEach(t => t.Join());
        Assert.Empty(errors);

        var cached = Enumerable.Range(0, Ids).Select(i => db.Sessions.FindById($"telegram:{i}")?.State).ToList();
        // What the file holds, read past the cache.
        var stored = Enumerable.Range(0, Ids).Select(i => db.Database.GetCollection("sessions").FindById($"telegram:{i}")?["State"].AsString).ToList();
        Assert.Equal(stored, cached);
    }

    private static Session Session(string id, string state) => new() { Id = id, State = state };

    /// <summary>A thread whose exception fails the test instead of ending the test host.</summary>
    private static Thread Guarded(System.Collections.Concurrent.ConcurrentQueue<Exception> errors, Action work) => new(() =>
    {
        try
        {
            work();
        }
        catch (Exception ex)
        {
            errors.Enqueue(ex);
        }
    });
}
