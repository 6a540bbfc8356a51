using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using OneStop.Bot.Storage;
using OneStop.Bot.Tests.Support;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Tests.Storage;

/// <summary>
/// LiteDB locks every collection a transaction writes until it commits. Two transactions that write the
/// same collections in another order must not wait for each other for LiteDB's one-minute lock timeout.
/// </summary>
public sealed class TransactionOrderTests : IDisposable
{
    private static readonly ChatAddress Lan = StoredConversation.Chat(1);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_blocked_chat_dropped_while_a_batch_commits_waits_for_the_batch_instead_of_deadlocking()
    {
        using var stored = new StoredConversation(_folder.File("bot.db"), new FakeTimeProvider(BotHost.Morning));
        stored.Say(Lan, "/start", 1);
        Thread? dropping = null;
        Exception? dropFailed = null;
        var watch = Stopwatch.StartNew();

        // A batch's commit writes the chats, then the outbox; dropping a blocked chat writes the outbox, then
        // the chats. Start the drop in the middle of the batch and let it run until it has to wait.
        stored.Database.InTransaction(() =>
        {
            stored.Database.Chats.Upsert(new ChatRecord { Id = Lan.Key, Channel = "telegram", LastSeenUtc = BotHost.Morning.UtcDateTime });
            dropping = new Thread(() =>
            {
                try
                {
                    stored.Outbox.DropChat(Lan.Key);
                }
                catch (Exception ex)
                {
                    dropFailed = ex;
                }
            });
            dropping.Start();
            while ((dropping.ThreadState & System.Threading.ThreadState.WaitSleepJoin) == 0)
            {
                Assert.True(watch.Elapsed < BotHost.Patience, "the drop neither finished nor waited");
                Thread.Yield();
            }

            stored.Database.Outbox.Insert(OutboxMessage.From(Lan, new Reply("Dạ"), OutboxKind.Reply, BotHost.Morning.UtcDateTime));
        });

        Assert.True(dropping!.Join(BotHost.Patience));
        Assert.Null(dropFailed);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}: the two transactions waited for each other");
        Assert.False(stored.Store.FindChat(Lan.Key)?.Reachable);
        Assert.Empty(stored.PendingFor(Lan));
    }
}
