using OneStop.Bot.Conversations;
using OneStop.Bot.Storage;
using OneStop.Domain.Conversation;
using OneStop.Domain.Survey;

namespace OneStop.Bot.Survey;

/// <summary>
/// Stores survey answers and ticket uses in the turn's transaction. The chat is deliberately not passed on:
/// an answer is stored under its own random id and nothing else.
/// </summary>
internal sealed class SurveyEffectHandler(TicketBook book, ConversationOptions options) : IEffectHandler
{
    public bool Handles(ConversationEffect effect) => effect is SurveyAnswered or TicketRedeemed or SurveyWithdrawn;

    public void Apply(ConversationEffect effect, ChatAddress chat, TurnBatch batch, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(batch);
        switch (effect)
        {
            case SurveyAnswered answered:
                batch.Writes.Add(db => SurveyAnswerStore.Save(db, answered.Response));
                break;
            case SurveyWithdrawn withdrawn:
                batch.Writes.Add(db => SurveyAnswerStore.Answers(db).Delete(withdrawn.ResponseId));
                break;
            case TicketRedeemed redeemed:
                var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(new DateTimeOffset(nowUtc, TimeSpan.Zero), options.Zone).DateTime);
                batch.Writes.Add(book.Redeem(redeemed.Ticket, today));
                break;
        }
    }
}
