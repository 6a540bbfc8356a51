using Microsoft.Extensions.Configuration;
using OneStop.Domain.Checklist;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;
using OneStop.Domain.Handover;
using OneStop.Domain.Notices;
using OneStop.Domain.Online;
using OneStop.Domain.Reminders;
using OneStop.Domain.SameDay;
using OneStop.Bot.Reminders;
using OneStop.Bot.Survey;

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
            // Reads typed text only in its own steps, where any text is its comment (even "thiếu giấy"); elsewhere the checklist is first.
            SurveyServices.Feature(content, options, config),
            new HandoverFeature(content, options),
            // Before the other features, so that a "có" or a "3" typed during a dossier check answers it.
            new ChecklistFeature(content, options),
            new SameDayFeature(content, options),
            new ReminderFeature(content, options, ReminderSettings.Schedule(config)),
            new OnlineRouteFeature(content, options),
            new NoticesFeature(content),
        ];
    }
}
