using System.Threading.Channels;

namespace OneStop.Bot.Webhooks;

/// <summary>
/// How a processor of stored webhook events waits: until the webhook stores something (<see cref="Wake"/>), or at most
/// a while, so events stored before a restart are handled without one. Several wakes while busy count as one.
/// </summary>
internal sealed class StoredEventWake(TimeProvider time)
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Wake() => _wake.Writer.TryWrite(true);

    public async Task WaitAsync(TimeSpan most, CancellationToken token)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(token);
        try
        {
            await Task.WhenAny(Task.Delay(most, time, wait.Token), _wake.Reader.WaitToReadAsync(wait.Token).AsTask());
        }
        finally
        {
            await wait.CancelAsync();
        }

        _wake.Reader.TryRead(out _);
        token.ThrowIfCancellationRequested();
    }
}
