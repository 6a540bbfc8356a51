using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Bot.Conversations;
using OneStop.Bot.Delivery;
using OneStop.Bot.Staff;
using OneStop.Bot.Storage;

namespace OneStop.Bot.Handover;

internal static class HandoverServices
{
    /// <summary>
    /// "Hỏi cán bộ": the questions (from any channel), their staff-group messages and reminders, and /hoidap with
    /// replies in the staff group (reached only through the Telegram staff desk, which checks who is asking).
    /// </summary>
    public static IServiceCollection AddHandover(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<HandoverOptions>()
            .Bind(config.GetSection(HandoverOptions.Section))
            .Validate(o => o.IsValid, "Handover__RemindAfter is office time as hh:mm:ss (04:00:00 for four working hours), between 00:05:00 and 45:00:00.")
            .ValidateOnStart();
        services.AddSingleton<HandoverStore>();
        services.AddSingleton<IChatDataOwner>(sp => sp.GetRequiredService<HandoverStore>());
        services.AddSingleton<StaffGroupText>();
        services.AddSingleton<IIncomingEnricher, HandoverEnricher>();
        services.AddSingleton<IEffectHandler, HandoverEffectHandler>();
        services.AddSingleton<IDeliveryReceipt, HandoverReceipt>();
        services.AddHostedService<HandoverReminders>();
        services.AddSingleton<IStaffCommand, HoiDapCommand>();
        return services;
    }
}
