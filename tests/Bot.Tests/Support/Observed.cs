using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Bot.Observability;

namespace OneStop.Bot.Tests.Support;

/// <summary>The metrics and log names for a part built by hand, outside a host.</summary>
internal static class Observed
{
    public static BotMetrics Metrics() => new(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>());

    public static ChatPseudonym Names() => new(new byte[32]);
}
