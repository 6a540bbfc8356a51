using Microsoft.Extensions.Configuration;
using OneStop.Bot.Content;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Commands;

/// <summary>`diagram`: prints the conversation machine as Mermaid, generated from flows.yaml (the README embeds it).</summary>
internal static class DiagramCommand
{
    public static int Run(IConfiguration config, TextWriter output)
    {
        var content = ContentLoader.LoadOrThrow(ContentDirectory.Resolve(config[$"{ContentOptions.Section}:Path"]));
        var machine = new ConversationMachine(content.Flow, new Session());
        output.WriteLine("```mermaid");
        output.WriteLine(machine.ToMermaid().Trim());
        output.WriteLine("```");
        return 0;
    }

    public static string Mermaid(ContentCatalog content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new ConversationMachine(content.Flow, new Session()).ToMermaid();
    }
}
