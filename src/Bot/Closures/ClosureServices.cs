using Microsoft.Extensions.DependencyInjection;
using OneStop.Bot.Broadcasts;
using OneStop.Bot.Staff;
using OneStop.Bot.Storage;

namespace OneStop.Bot.Closures;

internal static class ClosureServices
{
    /// <summary>Closures at short notice: the store laid on the calendar at start-up, /nghidotxuat, and the /thongbao check.</summary>
    public static IServiceCollection AddClosures(this IServiceCollection services)
    {
        services.AddSingleton<ClosureWording>();
        services.AddSingleton(sp =>
        {
            // Created before any thread reads it (see BotDatabase.Prepare).
            sp.GetRequiredService<BotDatabase>().Prepare(ClosureStore.Collection);
            return ActivatorUtilities.CreateInstance<ClosureStore>(sp);
        });
        services.AddSingleton<ClosureReminders>();
        services.AddSingleton<IChatDataOwner, ClosureChatData>();
        services.AddHostedService<ClosureCalendar>();
        // /nghidotxuat offers a notice, so it runs where notices do (with a channel for officials, not in the terminal).
        if (services.Any(d => d.ServiceType == typeof(BroadcastStore)))
        {
            services.AddSingleton<IStaffCommand, NghiDotXuatCommand>();
        }

        services.AddSingleton<INoticeWatcher, ClosureInNotice>();
        return services;
    }
}
