using Microsoft.Extensions.Hosting;

namespace OneStop.FakeBotApi;

/// <summary>
/// Replaces the console lifetime, which would take over Ctrl+C and SIGTERM from the test run or the
/// benchmark hosting this server. The server stops when it is disposed, nothing else.
/// </summary>
internal sealed class QuietHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
