using OneStop.Domain.Text;

namespace OneStop.Domain.Checklist;

/// <summary>
/// What a message typed during a dossier check does to it: "có" / "chưa" answer the question, "12 trang" fills a
/// count, "làm lại" and "câu trước" work like their buttons; a garbled answer is asked again with a hint. Null when
/// the text is about something else (another procedure, a day): the conversation answers that and the check waits.
/// </summary>
public sealed record TypedStep(DossierCheck Check, bool AskAgain)
{
    private static readonly PhraseSet RestartWords = new("lam lai", "bat dau lai", "kiem tra lai");
    private static readonly PhraseSet PreviousWords = new("cau truoc", "sua cau truoc");

    // "làm lại", "câu trước ạ": a short message; a longer one that contains the words is probably about something else.
    private const int MaxCommandWords = 4;

    /// <param name="unrelated">The text asks nothing the bot knows (no procedure, topic or aspect).</param>
    public static TypedStep? Read(DossierCheck check, string text, IReadOnlyList<string> words, bool unrelated)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count <= MaxCommandWords && RestartWords.FoundIn(words))
        {
            return new TypedStep(check.Restart(), false);
        }

        if (words.Count <= MaxCommandWords && PreviousWords.FoundIn(words))
        {
            return new TypedStep(check.Back(), false);
        }

        var answer = TypedChecklistAnswer.YesOrNo(words);
        switch (check.Stage)
        {
            case DossierStage.Question when answer is { } yesNo:
                return new TypedStep(check.Answer(yesNo)!, false);
            case DossierStage.Question:
                return unrelated ? new TypedStep(check, true) : null;
            case DossierStage.Pages or DossierStage.Copies:
                var number = TypedChecklistAnswer.Number(text, words);
                var counted = number is { } n and > 0 and <= int.MaxValue
                    ? check.Stage == DossierStage.Pages ? check.WithPages((int)n) : check.WithCopies((int)n)
                    : null;
                return counted is not null ? new TypedStep(counted, false)
                    : number is not null || answer is not null || unrelated ? new TypedStep(check, true)
                    : null;
            default:
                return null;
        }
    }
}
