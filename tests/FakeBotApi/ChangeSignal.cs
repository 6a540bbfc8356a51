namespace OneStop.FakeBotApi;

/// <summary>
/// Wakes everyone waiting for "something changed". A waiter takes <see cref="NextAsync"/> first, then
/// checks its condition, then awaits: a change in between completes the task, so nothing is missed and
/// nobody sleeps in a polling loop. Lock-free, and free when nobody waits (the hot path of the benchmark).
/// </summary>
internal sealed class ChangeSignal
{
    private TaskCompletionSource? _next;

    public Task NextAsync()
    {
        while (true)
        {
            var current = Volatile.Read(ref _next);
            if (current is not null)
            {
                return current.Task;
            }

            var created = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (Interlocked.CompareExchange(ref _next, created, null) is null)
            {
                return created.Task;
            }
        }
    }

    public void Notify() => Interlocked.Exchange(ref _next, null)?.TrySetResult();
}
