using Microsoft.Extensions.DependencyInjection;
using OneStop.Bot.Conversations;
using OneStop.Bot.Hosting;
using OneStop.Bot.Storage;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;
using OneStop.Domain.Reminders;

namespace OneStop.Bot.Reminders;

/// <summary>Reminders of a same-day day and the weekly notice: the conversation, the stored reminders and the scheduler.</summary>
internal sealed class ReminderModule : IFeatureModule
{
    public IReadOnlyList<string> Collections => [ReminderStore.RemindersCollection, ReminderStore.WeeklyCollection];

    public IReadOnlyList<Type> ChatData => [typeof(ReminderStore)];

    public IReadOnlyList<IConversationFeature> Features(ModuleContext context, List<ContentProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [new ReminderFeature(context.Content, context.Options, ReminderSettings.Schedule(context.Config))];
    }

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        services.AddSingleton(ReminderSettings.Schedule(context.Config));
        services.AddSingleton<IEffectHandler, ReminderEffectHandler>();
        services.AddSingleton(sp =>
        {
            ReminderStore.Prepare(sp.GetRequiredService<BotDatabase>());
            return ActivatorUtilities.CreateInstance<ReminderScheduler>(sp);
        });
        services.AddHostedService(sp => sp.GetRequiredService<ReminderScheduler>());
    }
}
