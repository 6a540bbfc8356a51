using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OneStop.Bot.Conversations;
using OneStop.Bot.Staff;
using OneStop.Bot.Storage;
using OneStop.Bot.Telegram;
using OneStop.Domain.Conversation;
using OneStop.Domain.Survey;

namespace OneStop.Bot.Survey;

/// <summary>
/// Puts a survey complaint in the outbox for the staff group (Staff__GroupChatId), committed with the turn, so it
/// goes out at once and survives a restart. The citizen's account is added only to a <see cref="SurveyContactAgreed"/>.
/// </summary>
internal sealed class StaffAlertHandler(
    IOptionsMonitor<StaffOptions> staff,
    ConversationEngine engine,
    ILogger<StaffAlertHandler> log) : IEffectHandler
{
    public bool Handles(ConversationEffect effect) => effect is SurveyComplaint or SurveyContactAgreed;

    public void Apply(ConversationEffect effect, ChatAddress chat, TurnBatch batch, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (staff.CurrentValue.GroupChatId is not { } groupId)
        {
            log.LogWarning("A survey complaint could not reach staff: set Staff__GroupChatId to the staff group's chat id");
            return;
        }

        var group = TelegramChat.Address(groupId);
        switch (effect)
        {
            case SurveyComplaint complaint:
                batch.Outbox.Add(OutboxMessage.From(group, new Reply(complaint.Text), OutboxKind.Reply, nowUtc));
                break;
            case SurveyContactAgreed agreed:
                var account = chat.Channel == TelegramChat.Channel ? $"Telegram {chat.Id}" : $"{chat.Channel} {chat.Id}";
                var text = $"{agreed.Text}\n{Say("survey.staff.account", account)}";
                batch.Outbox.Add(OutboxMessage.From(group, new Reply(text), OutboxKind.Reply, nowUtc));
                break;
        }
    }

    private string Say(string key, string value) =>
        engine.Renderer.Say(key, new Dictionary<string, string>(StringComparer.Ordinal) { ["name"] = value, ["code"] = value });
}
