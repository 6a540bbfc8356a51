using LiteDB;
using OneStop.Bot.Storage;

namespace OneStop.Bot.Delivery;

/// <summary>
/// The broadcast rows of the outbox, read a page at a time (a broadcast to 10,000 subscribers is 10,000 rows:
/// memory stays flat however large the audience), and their tallies.
/// </summary>
internal sealed class BroadcastOutbox
{
    public const string TalliesCollection = "broadcast_tallies";

    private readonly BotDatabase _db;

    public BroadcastOutbox(BotDatabase db)
    {
        _db = db ?? throw new ArgumentNullException(nameof(db));
        _db.Outbox.EnsureIndex(m => m.BroadcastId);
        Tallies = db.Database.GetCollection<BroadcastTally>(TalliesCollection);
        // Created now, while the host is still being built: LiteDB 5.0.21 fails (and closes the database) when a
        // collection is read while another thread's transaction creates it (upstream #2792).
        Tallies.EnsureIndex("_id");
    }

    public ILiteCollection<BroadcastTally> Tallies { get; }

    /// <summary>
    /// Broadcast rows after <paramref name="afterId"/>, oldest first. Walks the _id index (no sort, no index on the
    /// kind: replies are few), so a page costs its own rows only.
    /// </summary>
    public List<OutboxMessage> Page(long afterId, int limit) =>
        _db.Outbox.Query()
            .Where(m => m.Id > afterId)
            .OrderBy(m => m.Id)
            .ToEnumerable()
            .Where(m => m.Kind == OutboxKind.Broadcast)
            .Take(limit)
            .ToList();

    /// <summary>False once the row is gone: the citizen unsubscribed, deleted their data or blocked the bot meanwhile.</summary>
    public bool StillQueued(long id) => _db.Outbox.Exists(m => m.Id == id);

    public int Remaining(long broadcastId) => _db.Outbox.Count(m => m.BroadcastId == broadcastId);

    public BroadcastTally Tally(long broadcastId) => Tallies.FindById(broadcastId) ?? new BroadcastTally { Id = broadcastId };

    /// <summary>Removes finished rows and counts them, in one transaction: acknowledgements arrive in bunches.</summary>
    public void Finish(IReadOnlyCollection<BroadcastReceipt> receipts)
    {
        if (receipts.Count == 0)
        {
            return;
        }

        _db.InTransaction(() =>
        {
            foreach (var group in receipts.GroupBy(r => r.BroadcastId))
            {
                var tally = Tally(group.Key);
                foreach (var receipt in group)
                {
                    // A row that is already gone (dropped with a blocked chat) is still counted once, here.
                    _db.Outbox.Delete(receipt.MessageId);
                    tally.Count(receipt.Outcome, receipt.Reason, receipt.Window);
                }

                Tallies.Upsert(tally);
            }
        });
    }
}
