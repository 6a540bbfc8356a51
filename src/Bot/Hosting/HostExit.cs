using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace OneStop.Bot.Hosting;

/// <summary>
/// The process exit code: a background service that died makes the host stop with code 0, which a
/// supervisor would read as a clean stop, so a fault is turned into 1.
/// </summary>
internal static class HostExit
{
    public static int Code(IHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var faulted = host.Services.GetServices<IHostedService>()
            .OfType<BackgroundService>()
            .Any(s => s.ExecuteTask is { IsFaulted: true });
        return faulted ? 1 : Environment.ExitCode;
    }
}
