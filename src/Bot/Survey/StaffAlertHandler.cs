using Microsoft.Extensions.Logging;
using OneStop.Bot.Delivery;
using OneStop.Bot.Conversations;
using OneStop.Bot.Staff;
using OneStop.Bot.Storage;
using OneStop.Bot.Telegram;
using OneStop.Domain.Conversation;
using OneStop.Domain.Survey;

namespace OneStop.Bot.Survey;

/// <summary>
/// Puts a survey complaint in the outbox for staff (the Telegram group Staff__GroupChatId, officials listed on Zalo), committed with the turn, so it
/// goes out at once and survives a restart. The citizen's account is added only to a <see cref="SurveyContactAgreed"/>.
/// </summary>
internal sealed class StaffAlertHandler(
    StaffDirectory directory,
    IEnumerable<IChannelSender> senders,
    ConversationEngine engine,
    ILogger<StaffAlertHandler> log) : IEffectHandler
{
    public bool Handles(ConversationEffect effect) => effect is SurveyComplaint or SurveyContactAgreed;

    public void Apply(ConversationEffect effect, ChatAddress chat, TurnBatch batch, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var running = senders.Select(s => s.Channel).ToHashSet(StringComparer.Ordinal);
        var to = directory.AlertChats(running.Contains);
        if (to.Count == 0)
        {
            log.LogWarning("A survey complaint could not reach staff: set Staff__GroupChatId to the staff group's chat id, or list officials' Zalo ids");
            return;
        }

        var text = effect switch
        {
            SurveyComplaint complaint => complaint.Text,
            SurveyContactAgreed agreed => $"{agreed.Text}\n{Say("survey.staff.account", chat.Channel == TelegramChat.Channel ? $"Telegram {chat.Id}" : $"{chat.Channel} {chat.Id}")}",
            _ => null,
        };
        if (text is null)
        {
            return;
        }

        foreach (var group in to)
        {
            batch.Outbox.Add(OutboxMessage.From(group, new Reply(text), OutboxKind.Reply, nowUtc));
        }
    }

    private string Say(string key, string value) =>
        engine.Renderer.Say(key, new Dictionary<string, string>(StringComparer.Ordinal) { ["name"] = value, ["code"] = value });
}
