using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using OneStop.Bot.Storage;

namespace OneStop.Bot.Delivery;

/// <summary>
/// Removes sent messages from the outbox, many to a transaction: a message is marked here the moment its channel
/// accepted it, and the writer commits whatever has gathered. A kill before the commit sends those messages again
/// after the restart (at least once), never loses them.
/// </summary>
internal sealed class OutboxAcknowledgements(OutboxStore store, ILogger log)
{
    private const int Batch = 1000;

    private readonly Channel<long> _acks = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleReader = true });

    public void Add(long messageId) => _acks.Writer.TryWrite(messageId);

    /// <summary>Commits batches until stopped, then the last one.</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var ids = new List<long>(Batch);
        try
        {
            while (await _acks.Reader.WaitToReadAsync(stoppingToken))
            {
                Flush(ids);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what was sent must not be sent again after the restart.
            Flush(ids);
        }
    }

    private void Flush(List<long> ids)
    {
        while (ids.Count < Batch && _acks.Reader.TryRead(out var id))
        {
            ids.Add(id);
        }

        try
        {
            store.Acknowledge(ids);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // At worst these messages are sent again after a restart.
            log.LogError(ex, "Could not remove {Count} sent message(s) from the outbox", ids.Count);
        }

        ids.Clear();
    }
}
