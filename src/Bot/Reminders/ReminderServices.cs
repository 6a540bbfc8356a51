using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Bot.Conversations;
using OneStop.Bot.Storage;

namespace OneStop.Bot.Reminders;

internal static class ReminderServices
{
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton(ReminderSettings.Schedule(config));
        services.AddSingleton<IEffectHandler, ReminderEffectHandler>();
        services.AddSingleton<IChatDataOwner, ReminderStore>();
        services.AddSingleton(sp =>
        {
            ReminderStore.Prepare(sp.GetRequiredService<BotDatabase>());
            return ActivatorUtilities.CreateInstance<ReminderScheduler>(sp);
        });
        services.AddHostedService(sp => sp.GetRequiredService<ReminderScheduler>());
        return services;
    }
}
