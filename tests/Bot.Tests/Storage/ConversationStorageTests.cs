using LiteDB;
using Microsoft.Extensions.Time.Testing;
using OneStop.Bot.Conversations;
using OneStop.Bot.Storage;
using OneStop.Bot.Tests.Support;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Tests.Storage;

/// <summary>Sessions, de-duplication and deletion on real LiteDB files, closed and opened again as a restart does.</summary>
public sealed class ConversationStorageTests : IDisposable
{
    private static readonly ChatAddress Lan = StoredConversation.Chat(1);
    private static readonly ChatAddress Binh = StoredConversation.Chat(2);
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(BotHost.Morning);

    private string Database => _folder.File("bot.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_conversation_continues_from_the_file_after_the_database_is_reopened()
    {
        using (var first = new StoredConversation(Database, _time))
        {
            first.Say(Lan, "/start", 1);
            first.Press(Lan, "f:to-procedures", 2);
            first.Say(Lan, "dang ky ket hon can gi", 3);
        }

        using var second = new StoredConversation(Database, _time);
        var session = second.Store.FindSession(Lan.Key);
        Assert.NotNull(session);
        Assert.Equal("procedure", session.State);
        Assert.Equal("ket-hon", session.ProcedureId);
        Assert.Contains(session.Trail, place => place.StartsWith("procedures|", StringComparison.Ordinal));

        var fee = Assert.Single(second.Say(Lan, "bao nhieu tien", 4));
        Assert.Contains("Lệ phí", fee.Text);
        Assert.Contains("kết hôn", fee.Text, StringComparison.OrdinalIgnoreCase);

        // Back from the fee to the whole card, then back to the list it was opened from.
        second.Say(Lan, "quay lai", 5);
        second.Say(Lan, "quay lai", 6);
        Assert.Equal("procedures", second.Store.FindSession(Lan.Key)?.State);
    }

    [Fact]
    public void An_update_delivered_again_is_not_handled_again_even_after_a_reopen()
    {
        using (var first = new StoredConversation(Database, _time))
        {
            Assert.NotEmpty(first.Say(Lan, "/start", 10));
            Assert.Empty(first.Say(Lan, "/start", 10));
        }

        using var second = new StoredConversation(Database, _time);
        var before = second.Store.FindSession(Lan.Key)!.UpdatedUtc;
        _time.Advance(TimeSpan.FromMinutes(5));

        Assert.Empty(second.Press(Lan, "f:to-procedures", 10));
        Assert.Equal("menu", second.Store.FindSession(Lan.Key)?.State);
        Assert.Equal(before, second.Store.FindSession(Lan.Key)?.UpdatedUtc);
        Assert.Equal(10, second.Store.Position("telegram")?.Last);
    }

    [Fact]
    public void The_same_update_twice_in_one_batch_is_handled_once()
    {
        using var stored = new StoredConversation(Database, _time);
        var update = new InboundUpdate(20, Incoming.Typed(Lan, "/help"));

        var replies = stored.Service.Handle([update, update]);

        Assert.Equal(2, replies.Count); // the welcome of a first contact, then the help, once
        Assert.Equal(2, stored.Outbox.PendingCount());
    }

    [Fact]
    public void Deleting_my_data_removes_the_session_the_chat_record_and_unsent_replies_of_that_chat_only()
    {
        var owner = new RecordingOwner();
        using var stored = new StoredConversation(Database, _time, owner);
        stored.Say(Lan, "/start", 1);
        stored.Say(Lan, "ket hon", 2);
        stored.Say(Binh, "/start", 3);
        RecordingOwner.Keep(stored.Database, Lan.Key);
        RecordingOwner.Keep(stored.Database, Binh.Key);
        Assert.NotEmpty(stored.PendingFor(Lan));

        stored.Say(Lan, "/xoadulieu", 4);
        var done = stored.Press(Lan, ButtonPress.DeleteYes, 5);

        Assert.Null(stored.Store.FindSession(Lan.Key));
        Assert.Null(stored.Store.FindChat(Lan.Key));
        // Only the confirmation that everything was deleted is left to send.
        var pending = Assert.Single(stored.PendingFor(Lan));
        Assert.Contains("đã xoá", pending.Text);
        Assert.Equal(Assert.Single(done).Id, pending.Id);
        Assert.Equal(new[] { Binh.Key }, RecordingOwner.Rows(stored.Database));

        // The other citizen is untouched.
        Assert.NotNull(stored.Store.FindSession(Binh.Key));
        Assert.NotNull(stored.Store.FindChat(Binh.Key));
        Assert.NotEmpty(stored.PendingFor(Binh));
    }

    [Fact]
    public void Asking_for_deletion_and_confirming_in_one_batch_leaves_nothing_but_the_confirmation()
    {
        using var stored = new StoredConversation(Database, _time);
        stored.Say(Lan, "/start", 1);

        var replies = stored.Service.Handle(
        [
            new InboundUpdate(2, Incoming.Typed(Lan, "ket hon")),
            new InboundUpdate(3, Incoming.Typed(Lan, "/xoadulieu")),
            new InboundUpdate(4, Incoming.Pressed(Lan, ButtonPress.DeleteYes)),
        ]);

        var pending = Assert.Single(stored.PendingFor(Lan));
        Assert.Contains("đã xoá", pending.Text);
        Assert.Single(replies);
        Assert.Null(stored.Store.FindSession(Lan.Key));
        Assert.Null(stored.Store.FindChat(Lan.Key));
    }

    [Fact]
    public void A_batch_is_all_or_nothing_when_its_commit_fails()
    {
        using var stored = new StoredConversation(Database, _time, new FailingOwner());
        stored.Say(Lan, "/start", 1);
        stored.Say(Lan, "/xoadulieu", 2);
        var pendingBefore = stored.Outbox.PendingCount();

        Assert.Throws<IOException>(() => stored.Service.Handle(
        [
            new InboundUpdate(3, Incoming.Typed(Binh, "/start")),
            new InboundUpdate(4, Incoming.Pressed(Lan, ButtonPress.DeleteYes)),
        ]));

        // Nothing of the failed batch is stored, so the poller can hand it over again.
        Assert.Equal(2, stored.Store.Position("telegram")?.Last);
        Assert.Null(stored.Store.FindSession(Binh.Key));
        Assert.Equal("confirm-delete", stored.Store.FindSession(Lan.Key)?.State);
        Assert.Equal(pendingBefore, stored.Outbox.PendingCount());
    }

    [Fact]
    public void A_chat_that_blocked_the_bot_is_unreachable_until_it_writes_or_unblocks()
    {
        using var stored = new StoredConversation(Database, _time);
        stored.Say(Lan, "/start", 1);

        stored.Service.Handle([new InboundUpdate(2, new Incoming(Lan, IncomingKind.Blocked))]);
        Assert.False(stored.Store.FindChat(Lan.Key)?.Reachable);

        stored.Service.Handle([new InboundUpdate(3, new Incoming(Lan, IncomingKind.Unblocked))]);
        Assert.True(stored.Store.FindChat(Lan.Key)?.Reachable);
    }

    [Fact]
    public void A_blocked_chat_loses_its_queue_and_is_marked_unreachable()
    {
        using var stored = new StoredConversation(Database, _time);
        stored.Say(Lan, "/start", 1);
        stored.Say(Binh, "/start", 2);

        stored.Outbox.DropChat(Lan.Key);

        Assert.Empty(stored.PendingFor(Lan));
        Assert.False(stored.Store.FindChat(Lan.Key)?.Reachable);
        Assert.NotEmpty(stored.PendingFor(Binh));
    }

    [Fact]
    public void Pending_messages_come_back_in_commit_order_after_a_reopen_and_leave_once_acknowledged()
    {
        List<long> ids;
        using (var first = new StoredConversation(Database, _time))
        {
            first.Say(Lan, "/start", 1);
            first.Say(Binh, "/start", 2);
            first.Say(Lan, "ket hon", 3);
            ids = first.Outbox.Pending().Select(m => m.Id).ToList();
        }

        using var second = new StoredConversation(Database, _time);
        var pending = second.Outbox.Pending();
        Assert.Equal(ids, pending.Select(m => m.Id));
        Assert.Equal(ids.Order(), ids);
        Assert.Equal(pending[0].Buttons.Count, pending[0].ToReply().Buttons.Count);

        second.Outbox.Acknowledge([ids[0], ids[1]]);
        Assert.Equal(ids.Skip(2), second.Outbox.Pending().Select(m => m.Id));
    }

    [Fact]
    public void A_second_process_on_the_same_file_is_refused_with_what_to_do()
    {
        using var first = new BotDatabase(Database);

        var refused = Assert.Throws<InvalidOperationException>(() => new BotDatabase(Database));

        Assert.Contains("Storage__Path", refused.Message);
    }

    /// <summary>A feature's own collection of per-chat rows, as IChatDataOwner promises to clean up.</summary>
    private sealed class RecordingOwner : IChatDataOwner
    {
        public static void Keep(BotDatabase db, string chatKey) =>
            db.Database.GetCollection("test_rows").Insert(new BsonDocument { ["chat"] = chatKey });

        public static List<string> Rows(BotDatabase db) =>
            db.Database.GetCollection("test_rows").FindAll().Select(d => d["chat"].AsString).ToList();

        public void DeleteChat(BotDatabase db, string chatKey) =>
            db.Database.GetCollection("test_rows").DeleteMany(Query.EQ("chat", chatKey));
    }

    private sealed class FailingOwner : IChatDataOwner
    {
        public void DeleteChat(BotDatabase db, string chatKey) => throw new IOException("disk full");
    }
}
