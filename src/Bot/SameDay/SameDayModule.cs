using Microsoft.Extensions.DependencyInjection;
using OneStop.Bot.Hosting;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;
using OneStop.Domain.SameDay;

namespace OneStop.Bot.SameDay;

/// <summary>The same-day day ("không viết, không hẹn"): the next one on every card, its page, and answers about days and hours.</summary>
internal sealed class SameDayModule : IFeatureModule
{
    public IReadOnlyList<IConversationFeature> Features(ModuleContext context, List<ContentProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [new SameDayFeature(context.Content, context.Options)];
    }

    // Nothing at the edge: the conversation is all of it.
    public void AddServices(IServiceCollection services, ModuleContext context)
    {
    }
}
