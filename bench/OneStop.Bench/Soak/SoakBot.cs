using OneStop.Bench.Broadcast;
using OneStop.FakeBotApi;

namespace OneStop.Bench.Soak;

/// <summary>
/// The bot of the soak run (as the broadcast benchmark runs it: one official), killed with SIGKILL and started again on
/// the same file; it remembers each kill's window and the memory of each process it ends.
/// </summary>
internal sealed class SoakBot(FakeTelegramServer server, string database, string content, TimeProvider clock) : IAsyncDisposable
{
    private BotProcess? _process;

    public List<SoakWindow> Kills { get; } = [];

    /// <summary>Resident memory of each process just before it was killed (or at the end), and the most any had (VmHWM).</summary>
    public List<long> ResidentAtEnd { get; } = [];

    public long Peak { get; private set; }

    public long ResidentBytes() => _process?.ResidentBytes() ?? 0;

    public async Task StartAsync()
    {
        var polls = server.Calls.Count(c => c.Method == "getUpdates");
        _process = BroadcastBot.Start(server, database, content, paid: false);
        await server.WaitForCallAsync("getUpdates", polls + 1, TimeSpan.FromMinutes(2));
    }

    /// <summary>kill -9, then start again and wait for its first poll.</summary>
    public async Task KillAndRestartAsync()
    {
        Remember();
        var killedAt = clock.GetUtcNow();
        await _process!.DisposeAsync();
        await StartAsync();
        Kills.Add(new SoakWindow(killedAt, clock.GetUtcNow()));
    }

    /// <summary>The last process's memory, as at a kill.</summary>
    public void Remember()
    {
        if (_process is { } process)
        {
            ResidentAtEnd.Add(process.ResidentBytes());
            Peak = Math.Max(Peak, process.PeakResidentBytes());
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { } process)
        {
            await process.DisposeAsync();
        }
    }
}
