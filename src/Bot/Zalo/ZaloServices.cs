using Microsoft.Extensions.DependencyInjection;
using OneStop.Bot.Delivery;
using OneStop.Bot.Observability;
using OneStop.Bot.Webhooks;

namespace OneStop.Bot.Zalo;

/// <summary>The Zalo OA channel: webhook, event store processor, renderer, sender, tokens.</summary>
internal static class ZaloServices
{
    public static IServiceCollection AddZalo(this IServiceCollection services)
    {
        // One client for the API and OAuth: Zalo answers within seconds or not at all.
        var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        services.AddSingleton<ZaloAlerts>();
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<ZaloTokens>(sp, http));
        services.AddSingleton<ZaloRenderer>();
        services.AddSingleton<ZaloMenus>();
        services.AddSingleton<ZaloHandover>();
        services.AddSingleton<ZaloWindow>();
        services.AddSingleton<IChannelReach>(sp => sp.GetRequiredService<ZaloWindow>());
        services.AddSingleton<ZaloEventMapper>();
        services.AddSingleton<ZaloEventProcessor>();
        services.AddHostedService(sp => sp.GetRequiredService<ZaloEventProcessor>());
        services.AddSingleton<IChannelSender>(sp => ActivatorUtilities.CreateInstance<ZaloSender>(sp, http));
        services.AddSingleton<IWebhookEndpoint, ZaloWebhook>();
        services.AddSingleton<IReadinessCheck, ZaloTokenReadiness>();
        return services;
    }

    /// <summary>Collections Zalo reads from several threads, prepared at start-up (see BotDatabase.Prepare).</summary>
    public static readonly string[] Collections = [ZaloMenus.Collection, ZaloTokenPair.Collection];
}
