using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OneStop.Bot.Conversations;
using OneStop.Bot.Staff;
using OneStop.Bot.Storage;
using OneStop.Bot.Telegram;
using OneStop.Domain.Conversation;
using OneStop.Domain.Handover;

namespace OneStop.Bot.Handover;

/// <summary>
/// Applies the citizen's side of a question in the turn's transaction: the question and its thread in the store,
/// and the staff group's messages in the outbox (with a receipt, so the group message ids are recorded once sent).
/// A write for a chat whose data is deleted later in the same batch is skipped: the deletion runs first at commit.
/// </summary>
internal sealed class HandoverEffectHandler(
    HandoverStore store,
    IOptionsMonitor<StaffOptions> staff,
    StaffGroupText say,
    ILogger<HandoverEffectHandler> log) : IEffectHandler
{
    public bool Handles(ConversationEffect effect) => effect is AskStaff or AddToQuestion or ShareContact or CloseQuestion;

    public void Apply(ConversationEffect effect, ChatAddress chat, TurnBatch batch, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var chatKey = chat.Key;
        var deletedBefore = batch.DeletedChats.Contains(chatKey);
        void Write(Action<BotDatabase> write) => batch.Writes.Add(db =>
        {
            if (deletedBefore || !batch.DeletedChats.Contains(chatKey))
            {
                write(db);
            }
        });

        switch (effect)
        {
            case AskStaff ask:
                store.NoteOpen(chatKey, ask.Code);
                Write(db => Ask(db, chat, ask, batch, nowUtc));
                break;
            case AddToQuestion add:
                Write(db => Update(db, add.Code, chatKey, question =>
                {
                    question.Lines.Add(new StoredLine { Text = add.Text, AtUtc = nowUtc });
                    // The citizen wrote again: the clock for a reminder starts again if it had stopped at an answer.
                    question.DueUtc ??= say.DueUtc(nowUtc);
                    ToGroup(batch, add.Code, say.Added(add.Code, add.Text), nowUtc);
                }));
                break;
            case ShareContact share:
                Write(db => Update(db, share.Code, chatKey, question =>
                {
                    question.ContactShared = true;
                    ToGroup(batch, share.Code, say.Contact(share.Code, chat), nowUtc);
                }));
                break;
            case CloseQuestion close:
                store.NoteClosed(chatKey, close.Code);
                Write(db => Update(db, close.Code, chatKey, question =>
                {
                    question.ClosedUtc = nowUtc;
                    question.DueUtc = null;
                    ToGroup(batch, close.Code, say.ClosedByCitizen(close.Code), nowUtc, receipt: false);
                }));
                break;
        }
    }

    private void Ask(BotDatabase db, ChatAddress chat, AskStaff ask, TurnBatch batch, DateTime nowUtc)
    {
        var questions = HandoverStore.Collection(db);
        if (questions.FindById(ask.Code) is { IsOpen: true } taken && taken.ChatKey != chat.Key)
        {
            // Five characters from 31: about one in 28 million per open question. Said loudly, never silently merged.
            log.LogError("Question code {Code} is already open for another chat; the new question was not stored", ask.Code);
            return;
        }

        // One open question per chat: an older one still open (a race with an official's close) is closed now.
        foreach (var older in questions.Find(q => q.ChatKey == chat.Key).Where(q => q.IsOpen && q.Id != ask.Code).ToList())
        {
            older.ClosedUtc = nowUtc;
            older.DueUtc = null;
            questions.Update(older);
        }

        questions.Upsert(new StoredQuestion
        {
            Id = ask.Code,
            ChatKey = chat.Key,
            AskedUtc = nowUtc,
            Lines = [new StoredLine { Text = ask.Text, AtUtc = nowUtc }],
            DueUtc = say.DueUtc(nowUtc),
        });
        ToGroup(batch, ask.Code, say.Question(ask.Code, chat, ask.Text), nowUtc);
    }

    private void Update(BotDatabase db, string code, string chatKey, Action<StoredQuestion> change)
    {
        var questions = HandoverStore.Collection(db);
        if (questions.FindById(code) is not { IsOpen: true } question || question.ChatKey != chatKey)
        {
            // Closed by an official between the enricher's look and this commit, or deleted: nothing to add to.
            log.LogInformation("Question {Code} is no longer open; a change from its chat was not applied", code);
            return;
        }

        change(question);
        questions.Update(question);
    }

    private void ToGroup(TurnBatch batch, string code, Reply reply, DateTime nowUtc, bool receipt = true)
    {
        if (staff.CurrentValue.GroupChatId is not { } groupId)
        {
            log.LogWarning("Question {Code} could not reach staff: set Staff__GroupChatId to the staff group's chat id", code);
            return;
        }

        var message = OutboxMessage.From(TelegramChat.Address(groupId), reply, OutboxKind.Reply, nowUtc);
        message.Receipt = receipt ? HandoverReceipt.For(code) : null;
        batch.Outbox.Add(message);
    }
}
