using Microsoft.Extensions.Hosting;

namespace OneStop.Bot.Closures;

/// <summary>Lays the stored closures on the calendar when the host starts, before any message is answered.</summary>
internal sealed class ClosureCalendar(ClosureStore closures) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        closures.Apply();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
