using System.Globalization;
using System.Text;
using OneStop.Bot.Delivery;
using OneStop.Bot.Staff;
using OneStop.Bot.Storage;
using OneStop.Bot.Telegram;
using OneStop.Domain.Conversation;
using OneStop.Domain.Handover;

namespace OneStop.Bot.Handover;

/// <summary>
/// The officials' side of "Hỏi cán bộ", reached through the staff desk (which checks who is asking): a reply in the
/// staff group to a question's message answers it; "/hoidap" lists open questions, "/hoidap K7M2Q …" answers one
/// (the channel-neutral way), "/hoidap dong K7M2Q" or the list's button closes one. Each answer is stored with the
/// key of the official's message, in the same transaction as the outbox row to the citizen, so a re-delivered update
/// after a crash is not delivered twice.
/// </summary>
internal sealed class HoiDapCommand(
    HandoverStore store,
    StaffDirectory directory,
    StaffGroupText say,
    ConversationEngine engine,
    OutboxDispatcher dispatcher,
    TimeProvider time) : IStaffCommand
{
    // Telegram shows up to 100 rows of buttons; a list this long is read, not tapped.
    private const int MaxCloseButtons = 20;
    private const string PayloadStart = "hd:close:";

    public string Name => "hoidap";

    public string? PayloadPrefix => "hd";

    public static string ClosePayload(string code) => PayloadStart + code;

    public bool Awaits(string memberKey) => false;

    /// <summary>A reply in the staff group to a question's message, or to any message of ours naming a question (#K7M2Q).</summary>
    public bool ClaimsReply(long chatId, long replyToMessageId, string replyToText) =>
        directory.GroupChatId == chatId
        && (QuestionCode.FindTagged(replyToText) is not null || Match(chatId, replyToMessageId, replyToText) is not null);

    public Task HandleAsync(StaffRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var staffChat = request.Chat;
        var messageKey = StoredQuestion.MessageKey(staffChat.Key, request.MessageId ?? "0");
        if (request.Payload is { } payload)
        {
            var code = payload.StartsWith(PayloadStart, StringComparison.Ordinal) ? QuestionCode.Normalize(payload[PayloadStart.Length..]) : null;
            Commit(replies =>
            {
                if (code is null)
                {
                    replies.Add((staffChat, say.Usage()));
                }
                else
                {
                    Close(code, staffChat, replies);
                }
            });
            return Task.CompletedTask;
        }

        if (request.ReplyToMessageId is { } replyTo)
        {
            // A question deleted since (/xoadulieu, retention) is still named in the text replied to: say it is gone.
            var code = Match(TelegramChat.Id(request.Chat), replyTo, request.ReplyToText ?? "")?.Id ?? QuestionCode.FindTagged(request.ReplyToText ?? "");
            if (code is not null)
            {
                Commit(replies => Answer(code, request.Argument, messageKey, request.Member.TelegramId, staffChat, replies));
            }

            return Task.CompletedTask;
        }

        var words = request.Argument.Split([' ', '\n', '\t'], 2, StringSplitOptions.RemoveEmptyEntries);
        Commit(replies =>
        {
            switch (words)
            {
                case []:
                    replies.Add((staffChat, say.List(store.Open(), MaxCloseButtons)));
                    break;
                case ["dong" or "đóng" or "close", var typed] when QuestionCode.Normalize(typed) is { } code:
                    Close(code, staffChat, replies);
                    break;
                case [var typed, var text] when QuestionCode.Normalize(typed) is { } code:
                    Answer(code, text, messageKey, request.Member.TelegramId, staffChat, replies);
                    break;
                default:
                    replies.Add((staffChat, say.Usage()));
                    break;
            }
        });
        return Task.CompletedTask;
    }

    private StoredQuestion? Match(long chatId, long messageId, string text)
    {
        var key = StoredQuestion.MessageKey(TelegramChat.Address(chatId).Key, messageId.ToString(CultureInfo.InvariantCulture));
        // The recorded id first; the code in the replied-to text when the id was not recorded (the bot stopped between
        // sending the question and recording its id).
        return store.FindByGroupMessage(key) ?? (QuestionCode.FindTagged(text) is { } code ? store.Find(code) : null);
    }

    private void Answer(string code, string text, string messageKey, long officialId, ChatAddress staffChat, List<(ChatAddress, Reply)> replies)
    {
        var answer = text.Normalize(NormalizationForm.FormC).Trim();
        if (answer.Length == 0)
        {
            replies.Add((staffChat, say.TextOnly()));
            return;
        }

        var questions = HandoverStore.Collection(store.Database);
        if (questions.FindById(code) is not { } question)
        {
            replies.Add((staffChat, say.Unknown(code)));
            return;
        }

        if (question.DeliveredAnswers.Contains(messageKey, StringComparer.Ordinal))
        {
            // The same official message again (Telegram re-delivers after a crash): it reached the citizen already.
            return;
        }

        question.DeliveredAnswers.Add(messageKey);
        question.Lines.Add(new StoredLine { StaffId = officialId, Text = answer, AtUtc = time.GetUtcNow().UtcDateTime });
        question.DueUtc = null;
        questions.Update(question);
        replies.Add((ChatAddress.Parse(question.ChatKey), new HandoverScreens(engine.Renderer).Answer(code, answer)));
        replies.Add((staffChat, say.Delivered(code)));
    }

    private void Close(string code, ChatAddress staffChat, List<(ChatAddress, Reply)> replies)
    {
        var questions = HandoverStore.Collection(store.Database);
        if (questions.FindById(code) is not { } question)
        {
            replies.Add((staffChat, say.Unknown(code)));
            return;
        }

        question.ClosedUtc ??= time.GetUtcNow().UtcDateTime;
        question.DueUtc = null;
        questions.Update(question);
        // Before the commit: a citizen's message racing it is then refused rather than added to a closed question.
        store.NoteClosed(question.ChatKey, question.Id);
        replies.Add((staffChat, say.Closed(code)));
    }

    /// <summary>
    /// Through the outbox like every message to a person: the change and its messages in one transaction, then queued.
    /// Synchronous inside: a LiteDB transaction must not span an await.
    /// </summary>
    private void Commit(Action<List<(ChatAddress To, Reply Reply)>> work)
    {
        List<OutboxMessage> rows = [];
        store.Database.InTransaction(() =>
        {
            List<(ChatAddress To, Reply Reply)> replies = [];
            work(replies);
            var now = time.GetUtcNow().UtcDateTime;
            rows = replies.Select(r => OutboxMessage.From(r.To, r.Reply, OutboxKind.Reply, now)).ToList();
            foreach (var row in rows)
            {
                store.Database.Outbox.Insert(row);
            }

            // Inside the staff desk's transaction this waits for its commit.
            store.Database.AfterCommit(() => dispatcher.Enqueue(rows));
        });
    }
}
