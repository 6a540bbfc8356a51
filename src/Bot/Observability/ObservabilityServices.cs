using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OneStop.Bot.Delivery;
using OneStop.Bot.Storage;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace OneStop.Bot.Observability;

/// <summary>Health, metrics and the chats' names in logs, registered in one place.</summary>
internal static class ObservabilityServices
{
    /// <summary>
    /// Call after the channels are registered: every <see cref="IChannelSender"/> registered so far is wrapped so
    /// that its results count in the metrics and the channels' health.
    /// </summary>
    /// <param name="listens">Whether the HTTP listener runs. Without it nothing can scrape /metrics, so OpenTelemetry
    /// is not started at all: its assemblies, its code and its aggregation of every reply cost a few MB resident and
    /// some CPU for figures no one reads (issue 15, README). The instruments stay: with no listener they cost nothing.</param>
    public static IServiceCollection AddObservability(this IServiceCollection services, bool listens)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddMetrics();
        services.AddSingleton<BotMetrics>();
        services.AddSingleton<ChannelHealth>();
        services.AddSingleton<Readiness>();
        services.AddSingleton(sp => ChatPseudonym.From(sp.GetRequiredService<BotDatabase>()));
        services.AddHostedService<BotGauges>();
        if (listens)
        {
            services.AddSingleton<HealthEndpoints>();
            AddPrometheus(services);
        }

        WrapSenders(services);
        return services;
    }

    private static void AddPrometheus(IServiceCollection services) =>
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("onestop"))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(BotMetrics.MeterName).AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0);
                // OpenTelemetry picks meters by name in the whole process: a second host's meter (the tests run many)
                // is dropped, so one scrape never mixes two bots' figures.
                ((IDeferredMeterProviderBuilder)metrics).Configure((sp, builder) =>
                {
                    var own = sp.GetRequiredService<BotMetrics>().Meter;
                    builder.AddView(instrument => instrument.Meter == own ? null : MetricStreamConfiguration.Drop);
                });
            });

    private static void WrapSenders(IServiceCollection services)
    {
        for (var i = 0; i < services.Count; i++)
        {
            var registered = services[i];
            if (registered.ServiceType != typeof(IChannelSender) || registered.IsKeyedService)
            {
                continue;
            }

            services[i] = ServiceDescriptor.Describe(
                typeof(IChannelSender),
                sp => new ObservedSender(Create(sp, registered), sp.GetRequiredService<BotMetrics>(), sp.GetRequiredService<ChannelHealth>()),
                registered.Lifetime);
        }
    }

    private static IChannelSender Create(IServiceProvider services, ServiceDescriptor registered) =>
        (IChannelSender)(registered.ImplementationInstance
            ?? registered.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, registered.ImplementationType!));
}
