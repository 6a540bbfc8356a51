using Microsoft.Extensions.Configuration;
using OneStop.Bot.Content;
using OneStop.Bot.Hosting;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Commands;

/// <summary>`diagram`: prints the conversation machine as Mermaid, generated from flows.yaml and the features (the README embeds it).</summary>
internal static class DiagramCommand
{
    public static int Run(IConfiguration config, TextWriter output)
    {
        var options = new ConversationOptions(90, CommuneZone.Zone);
        IReadOnlyList<IConversationFeature> features = [];
        var content = ContentLoader.LoadOrThrow(
            ContentDirectory.Resolve(config[$"{ContentOptions.Section}:Path"]),
            catalog => features = FeatureSet.Create(catalog, options, config));
        var engine = new ConversationEngine(content, options, features);
        output.WriteLine("```mermaid");
        output.WriteLine(engine.DescribeMachine().ToMermaid().Trim());
        output.WriteLine("```");
        return 0;
    }
}
