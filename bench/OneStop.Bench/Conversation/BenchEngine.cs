using Microsoft.Extensions.Configuration;
using OneStop.Bot.Hosting;
using OneStop.Domain.Conversation;

namespace OneStop.Bench.Conversation;

/// <summary>An engine of the benchmark's own, on the same content and features as the bot, to know how many messages each line gets.</summary>
internal static class BenchEngine
{
    public static ConversationEngine Create() => FeatureContent.LoadOrThrow(new ConfigurationBuilder().Build()).Engine();
}
