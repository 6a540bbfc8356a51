using Microsoft.Extensions.Configuration;
using OneStop.Bot.Content;
using OneStop.Bot.Hosting;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Commands;

/// <summary>`validate`: checks conversation-flows/ and lists the facts the commune has not confirmed yet.</summary>
internal static class ValidateCommand
{
    public static int Run(IConfiguration config, TextWriter output)
    {
        var directory = ContentDirectory.Resolve(config[$"{ContentOptions.Section}:Path"]);
        var options = new ConversationOptions(90, CommuneZone.Zone);
        var (catalog, problems) = ContentLoader.Load(directory, catalog => FeatureSet.Create(catalog, options, config));
        output.WriteLine($"Checking {directory}");
        foreach (var problem in problems)
        {
            output.WriteLine(problem);
        }

        if (catalog is null)
        {
            output.WriteLine($"{problems.Count} problem(s): the bot will not start until they are fixed.");
            return 1;
        }

        var unconfirmed = ContentValidator.Unconfirmed(catalog);
        output.WriteLine($"OK: {catalog.Procedures.Count} procedures, {catalog.Flow.Steps.Count} steps, {catalog.Messages.Keys.Count()} messages.");
        output.WriteLine($"{unconfirmed.Count} fact(s) not yet confirmed by the commune (least certain first):");
        foreach (var fact in unconfirmed)
        {
            output.WriteLine($"  {fact.Origin} [{Tag(fact.Confidence)}] {Shorten(fact.Text)}");
        }

        return 0;
    }

    private static string Tag(Confidence confidence) => confidence switch
    {
        Confidence.Verified => "V",
        Confidence.Secondary => "S",
        Confidence.Memory => "M",
        _ => "?",
    };

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= 100 ? line : line[..97] + "...";
    }
}
