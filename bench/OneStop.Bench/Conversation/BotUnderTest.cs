namespace OneStop.Bench.Conversation;

/// <summary>Where the bot runs: its own process (the default, for its own memory and CPU) or this one (--in-process, for a profiler).</summary>
internal sealed class BotUnderTest(BotProcess? process) : IAsyncDisposable
{
    public string Where => process is null ? "in the benchmark's process (peak RSS counts the fake server too)" : "in a process of its own (peak RSS is its VmHWM)";

    public TimeSpan ProcessorTime => process?.ProcessorTime ?? System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;

    public long PeakResidentBytes() => process?.PeakResidentBytes() ?? System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64;

    public async ValueTask DisposeAsync()
    {
        if (process is not null)
        {
            await process.DisposeAsync();
        }
    }
}
