using Microsoft.Extensions.DependencyInjection;
using OneStop.Bot.Conversations;
using OneStop.Bot.Delivery;
using OneStop.Bot.Hosting;
using OneStop.Bot.Staff;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;
using OneStop.Domain.Handover;

namespace OneStop.Bot.Handover;

/// <summary>
/// "Hỏi cán bộ": the questions (from any channel), their staff-group messages and reminders, and /hoidap with
/// replies in the staff group (reached only through the staff desk, which checks who is asking).
/// </summary>
internal sealed class HandoverModule : IFeatureModule
{
    public IReadOnlyList<string> Collections => [HandoverStore.CollectionName];

    public IReadOnlyList<Type> ChatData => [typeof(HandoverStore)];

    public IReadOnlyList<SlashCommand> StaffCommands => [new("/hoidap", "Câu hỏi người dân đang chờ trả lời", MenuPlace: null, CommandAudience.Staff)];

    public IReadOnlyList<IConversationFeature> Features(ModuleContext context, List<ContentProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [new HandoverFeature(context.Content, context.Options)];
    }

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        services.AddOptions<HandoverOptions>()
            .Bind(context.Config.GetSection(HandoverOptions.Section))
            .Validate(o => o.IsValid, "Handover__RemindAfter is office time as hh:mm:ss (04:00:00 for four working hours), between 00:05:00 and 45:00:00.")
            .ValidateOnStart();
        services.AddSingleton<HandoverStore>();
        services.AddSingleton<StaffGroupText>();
        services.AddSingleton<IIncomingEnricher, HandoverEnricher>();
        services.AddSingleton<IEffectHandler, HandoverEffectHandler>();
        services.AddSingleton<IDeliveryReceipt, HandoverReceipt>();
        services.AddHostedService<HandoverReminders>();
        services.AddSingleton<IStaffCommand, HoiDapCommand>();
    }
}
