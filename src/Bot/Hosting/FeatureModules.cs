using OneStop.Bot.Checklist;
using OneStop.Bot.Closures;
using OneStop.Bot.Handover;
using OneStop.Bot.Notices;
using OneStop.Bot.Online;
using OneStop.Bot.Reminders;
using OneStop.Bot.SameDay;
using OneStop.Bot.Survey;

namespace OneStop.Bot.Hosting;

/// <summary>
/// The bot's features, in the order the conversation offers them typed text (the first to claim it answers).
/// Adding a feature: its folders in src/Domain and src/Bot, and one line here.
/// </summary>
internal static class FeatureModules
{
    /// <summary>New instances each time: a module keeps what it made (the survey's form) for the services it adds.</summary>
    public static IReadOnlyList<IFeatureModule> Create() =>
    [
        // Reads typed text only in its own steps, where any text is its comment (even "thiếu giấy"); elsewhere the checklist is first.
        new SurveyModule(),
        // In its steps the text is the question for the staff, so before the checklist reads "thiếu giấy" in it.
        new HandoverModule(),
        // Before the other features, so that a "có" or a "3" typed during a dossier check answers it.
        new ChecklistModule(),
        new SameDayModule(),
        new ReminderModule(),
        new OnlineModule(),
        new NoticesModule(),
        // No conversation feature of its own: anywhere in the list. Its /nghidotxuat offers a notice, so it asks
        // for the notices' tools the same way the notices do (ModuleContext.StaffChannel).
        new ClosuresModule(),
    ];
}
