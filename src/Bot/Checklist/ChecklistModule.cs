using Microsoft.Extensions.DependencyInjection;
using OneStop.Bot.Hosting;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;
using OneStop.Domain.Checklist;

namespace OneStop.Bot.Checklist;

/// <summary>The dossier check (/kiemtra): which papers are still missing, asked one question at a time.</summary>
internal sealed class ChecklistModule : IFeatureModule
{
    public IReadOnlyList<IConversationFeature> Features(ModuleContext context, List<ContentProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [new ChecklistFeature(context.Content, context.Options)];
    }

    // Nothing at the edge: the conversation is all of it.
    public void AddServices(IServiceCollection services, ModuleContext context)
    {
    }
}
