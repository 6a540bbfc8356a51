using System.Threading.Channels;
using Microsoft.Extensions.Logging;

using OneStop.Bot.Delivery;

namespace OneStop.Bot.Notices;

/// <summary>
/// Finished broadcast messages, recorded in bunches: each bunch removes its rows from the outbox and counts them in
/// their broadcasts' tallies in one transaction, then lets the queue forget them. Until a receipt is recorded the row
/// stays in the outbox, which is why a kill -9 can repeat only the messages finished but not yet recorded.
/// </summary>
internal sealed class BroadcastReceipts(BroadcastOutbox outbox, BroadcastQueue queue, ILogger log)
{
    private const int Batch = 1000;

    private readonly Channel<BroadcastReceipt> _receipts = Channel.CreateUnbounded<BroadcastReceipt>(new UnboundedChannelOptions { SingleReader = true });

    public void Add(BroadcastReceipt receipt) => _receipts.Writer.TryWrite(receipt);

    /// <summary>Records one at once, outside the bunches (a blocked chat, before its rows are dropped).</summary>
    public void RecordNow(BroadcastReceipt receipt)
    {
        outbox.Finish([receipt]);
        queue.Release([receipt.MessageId]);
    }

    /// <summary>No more receipts: <see cref="RecordAsync"/> records the last ones and ends.</summary>
    public void Complete() => _receipts.Writer.TryComplete();

    public async Task RecordAsync()
    {
        var batch = new List<BroadcastReceipt>(Batch);
        while (await _receipts.Reader.WaitToReadAsync())
        {
            while (batch.Count < Batch && _receipts.Reader.TryRead(out var receipt))
            {
                batch.Add(receipt);
            }

            try
            {
                outbox.Finish(batch);
                queue.Release(batch.Select(r => r.MessageId));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The rows stay in the outbox and in hand: at worst these messages go again after a restart.
                log.LogError(ex, "Could not record {Count} finished broadcast message(s)", batch.Count);
            }

            batch.Clear();
        }
    }
}
