using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Bot.Conversations;
using OneStop.Bot.Delivery;
using OneStop.Bot.Staff;
using OneStop.Bot.Storage;

namespace OneStop.Bot.Broadcasts;

internal static class BroadcastServices
{
    /// <summary>
    /// Notices: the subscriber list always (citizens opt in from any channel, the terminal included); the
    /// /thongbao tool, the runner and the broadcast lane where officials have a channel (Telegram, Zalo).
    /// </summary>
    public static IServiceCollection AddBroadcasts(this IServiceCollection services, IConfiguration config, bool staffChannel)
    {
        services.AddSingleton<StaffChat>();
        services.AddSingleton<SubscriberStore>();
        services.AddSingleton<IChatDataOwner>(sp => sp.GetRequiredService<SubscriberStore>());
        services.AddSingleton<IEffectHandler, NoticeEffectHandler>();

        if (!staffChannel)
        {
            return services;
        }

        services.AddOptions<BroadcastOptions>().Bind(config.GetSection(BroadcastOptions.Section));
        services.AddSingleton<BroadcastOutbox>();
        services.AddSingleton<BroadcastLane>();
        services.AddHostedService(sp => sp.GetRequiredService<BroadcastLane>());
        services.AddSingleton<BroadcastStore>();
        services.AddSingleton<Recipients>();
        services.AddSingleton<NoticeText>();
        services.AddSingleton<BroadcastScreens>();
        services.AddSingleton<BroadcastReport>();
        services.AddSingleton<BroadcastRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<BroadcastRunner>());
        services.AddSingleton<BroadcastApprovals>();
        services.AddSingleton<BroadcastComposer>();
        services.AddSingleton<IStaffCommand, ThongBaoCommand>();
        return services;
    }
}
