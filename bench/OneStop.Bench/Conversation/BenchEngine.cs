using Microsoft.Extensions.Configuration;
using OneStop.Bot.Content;
using OneStop.Bot.Hosting;
using OneStop.Domain.Conversation;

namespace OneStop.Bench.Conversation;

/// <summary>An engine of the benchmark's own, on the same content and features as the bot, to know how many messages each line gets.</summary>
internal static class BenchEngine
{
    public static ConversationEngine Create()
    {
        var options = new ConversationOptions(90, CommuneZone.Zone);
        var config = new ConfigurationBuilder().Build();
        var content = ContentLoader.LoadOrThrow(ContentDirectory.Resolve(null), catalog => FeatureSet.Create(catalog, options, config));
        return new ConversationEngine(content, options, FeatureSet.Create(content, options, config));
    }
}
