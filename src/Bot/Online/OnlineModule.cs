using Microsoft.Extensions.DependencyInjection;
using OneStop.Bot.Hosting;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;
using OneStop.Domain.Online;

namespace OneStop.Bot.Online;

/// <summary>Submitting online or by post (/tructuyen, /buudien): the portal, the step-by-step guide, the postal route.</summary>
internal sealed class OnlineModule : IFeatureModule
{
    public IReadOnlyList<IConversationFeature> Features(ModuleContext context, List<ContentProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [new OnlineRouteFeature(context.Content, context.Options)];
    }

    // Nothing at the edge: the conversation is all of it.
    public void AddServices(IServiceCollection services, ModuleContext context)
    {
    }
}
