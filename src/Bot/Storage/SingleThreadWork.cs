namespace OneStop.Bot.Storage;

/// <summary>
/// Runs asynchronous work from start to end on one new thread, every continuation of its awaits included. LiteDB ties
/// a transaction to its thread (see <see cref="BotDatabase.InTransaction"/>), so this is how a staff tool, which awaits
/// (a report drawn on the thread pool, the bot's name asked of Telegram), writes everything it changes in one transaction.
/// Work it starts elsewhere (<c>Task.Run</c>) runs there, and comes back here when awaited.
/// </summary>
internal static class SingleThreadWork
{
    /// <summary>Runs <paramref name="work"/> on a thread of its own; completes with its result when it has ended there.</summary>
    public static Task<T> RunAsync<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                done.SetResult(work());
            }
            catch (Exception ex)
            {
                done.SetException(ex);
            }
        })
        {
            IsBackground = true,
            Name = "OneStop single-thread work",
        };
        thread.Start();
        return done.Task;
    }

    /// <summary>
    /// Runs <paramref name="work"/> on this thread and waits for it, running every continuation it posts here meanwhile.
    /// Only on a thread of <see cref="RunAsync{T}"/>: it blocks the thread.
    /// </summary>
    public static T Wait<T>(Func<Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var previous = SynchronizationContext.Current;
        var pump = new Pump();
        SynchronizationContext.SetSynchronizationContext(pump);
        try
        {
            var task = work();
            task.ContinueWith(_ => pump.Finish(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            pump.Run();
            return task.GetAwaiter().GetResult();
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    /// <summary>Continuations posted to the waiting thread, run there in order.</summary>
    private sealed class Pump : SynchronizationContext
    {
        private readonly Queue<(SendOrPostCallback Callback, object? State)> _queue = new();
        // A monitor rather than a Lock: the pump waits on it for the next continuation.
        private readonly object _gate = new();
        private bool _finished;

        public override void Post(SendOrPostCallback d, object? state)
        {
            lock (_gate)
            {
                if (!_finished)
                {
                    _queue.Enqueue((d, state));
                    Monitor.PulseAll(_gate);
                    return;
                }
            }

            // Work posted after the awaited task ended (nothing of ours does that) runs on the pool rather than never.
            ThreadPool.QueueUserWorkItem(_ => d(state));
        }

        public override void Send(SendOrPostCallback d, object? state) =>
            throw new NotSupportedException("Synchronous sends to a single-thread work are not supported.");

        public override SynchronizationContext CreateCopy() => this;

        public void Finish()
        {
            lock (_gate)
            {
                _finished = true;
                Monitor.PulseAll(_gate);
            }
        }

        public void Run()
        {
            while (true)
            {
                (SendOrPostCallback Callback, object? State) next;
                lock (_gate)
                {
                    while (_queue.Count == 0 && !_finished)
                    {
                        Monitor.Wait(_gate);
                    }

                    if (_queue.Count == 0)
                    {
                        return;
                    }

                    next = _queue.Dequeue();
                }

                next.Callback(next.State);
            }
        }
    }
}
