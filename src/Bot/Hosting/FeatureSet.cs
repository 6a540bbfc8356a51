using Microsoft.Extensions.Configuration;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;
using OneStop.Domain.Reminders;
using OneStop.Domain.SameDay;
using OneStop.Bot.Reminders;

namespace OneStop.Bot.Hosting;

/// <summary>
/// The conversation features the bot runs, made in one place for the host and for `validate`, so that the
/// content is checked against exactly what will run. Settings come from configuration here, never inside a feature.
/// </summary>
internal static class FeatureSet
{
    public static IReadOnlyList<IConversationFeature> Create(ContentCatalog content, ConversationOptions options, IConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(config);
        return
        [
            new SameDayFeature(content, options),
            new ReminderFeature(content, options, ReminderSettings.Schedule(config)),
        ];
    }
}
