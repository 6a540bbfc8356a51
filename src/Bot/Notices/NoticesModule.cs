using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Bot.Conversations;
using OneStop.Bot.Hosting;
using OneStop.Bot.Staff;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;
using OneStop.Domain.Notices;

namespace OneStop.Bot.Notices;

/// <summary>
/// Notices: the subscriber list always (citizens opt in from any channel, the terminal included); the /thongbao
/// tool, the runner and the broadcast lane where officials have a channel (Telegram, Zalo).
/// </summary>
internal sealed class NoticesModule : IFeatureModule
{
    public IReadOnlyList<string> Collections => [SubscriberStore.CollectionName, BroadcastStore.Collection, BroadcastOutbox.TalliesCollection];

    public IReadOnlyList<Type> ChatData => [typeof(SubscriberStore)];

    public IReadOnlyList<SlashCommand> StaffCommands => [new("/thongbao", "Gửi thông báo", MenuPlace: null, CommandAudience.Staff)];

    public IReadOnlyList<IConversationFeature> Features(ModuleContext context, List<ContentProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [new NoticesFeature(context.Content)];
    }

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        services.AddSingleton<StaffChat>();
        services.AddSingleton<SubscriberStore>();
        services.AddSingleton<IEffectHandler, NoticeEffectHandler>();
        if (!context.StaffChannel)
        {
            return;
        }

        services.AddOptions<BroadcastOptions>().Bind(context.Config.GetSection(BroadcastOptions.Section));
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
    }
}
