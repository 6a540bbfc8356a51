using Microsoft.Extensions.DependencyInjection;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Hosting;

/// <summary>
/// One feature of the bot, whole: what it adds to the conversation, what it keeps, what officials and citizens
/// can type to it, and the services that carry it out. The host, `validate`, `diagram`, `understand` and `report`
/// are all built from the one list in <see cref="FeatureModules"/>, so adding a feature is its own folders and one
/// line there.
/// </summary>
internal interface IFeatureModule
{
    /// <summary>
    /// The conversation features, made from the read content. A module with files of its own (survey.yaml) reads them
    /// here and adds what is wrong with them to <paramref name="problems"/>, so `validate` lists them with the rest.
    /// </summary>
    IReadOnlyList<IConversationFeature> Features(ModuleContext context, List<ContentProblem> problems) => [];

    /// <summary>LiteDB collections prepared at start-up, before any thread can read them (see BotDatabase.Prepare).</summary>
    IReadOnlyList<string> Collections => [];

    /// <summary>Stores holding something about a chat: /xoadulieu and the retention period delete the chat there too.</summary>
    IReadOnlyList<Type> ChatData => [];

    /// <summary>Staff tools' slash commands (the citizens' come with the features, <see cref="IConversationFeature.Commands"/>).</summary>
    IReadOnlyList<SlashCommand> StaffCommands => [];

    /// <summary>The services, effect handlers, enrichers, hosted services and staff tools that carry the feature out.</summary>
    void AddServices(IServiceCollection services, ModuleContext context);
}
