using System.Text;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;
using OneStop.Domain.SameDay;
using OneStop.Domain.Text;

namespace OneStop.Domain.Checklist;

/// <summary>
/// A dossier check in the commune's words (messages/checklist.yaml): the procedure picker, the question with big yes/no
/// buttons, the page and copy counts for certified copies, and the verdict (<see cref="ChecklistVerdict"/>), each with
/// "⬅️ Câu trước", "🔄 Làm lại" and "🏠 Menu".
/// </summary>
public sealed class ChecklistWording(ContentCatalog content)
{
    public static readonly IReadOnlyList<string> Keys =
    [
        "checklist.pick", "checklist.intro", "checklist.resume", "checklist.question", "checklist.help", "checklist.answer-hint",
        "checklist.stale", "checklist.pages", "checklist.copies", "checklist.number-hint", "checklist.fee.copies", "checklist.fee.pages-asked", "checklist.fee.cap",
        "checklist.complete", "checklist.incomplete", "checklist.missing", "checklist.missing.help", "checklist.incomplete.after",
        "checklist.fee", "checklist.time", "checklist.in-person", "checklist.online.full", "checklist.online.partial", "checklist.online.unstated", "checklist.relief",
        "checklist.footer.resume", "button.checklist", "button.checklist.yes", "button.checklist.no", "button.checklist.have-not",
        "button.checklist.done", "button.checklist.not-yet", "button.checklist.previous", "button.checklist.again", "button.checklist.card",
        "button.menu", "button.online-route",
        .. SameDayWording.Keys,
    ];

    // Quick answers for the page and copy counts; anything else is typed.
    private static readonly int[] QuickNumbers = [1, 2, 3, 4, 5];

    private readonly ChecklistVerdict _verdict = new(content);

    public string Label(string key) => content.Messages[key];

    public Reply Picker(StepRenderer render)
    {
        ArgumentNullException.ThrowIfNull(render);
        var rows = content.Procedures
            .Where(p => p.Checklist is not null)
            .OrderBy(p => p.PlanItem)
            .Select(p => new ReplyButton(p.ShortName, ChecklistPress.Open(p.Id)))
            .Chunk(2)
            .Select(row => (IReadOnlyList<ReplyButton>)row)
            .Append([new ReplyButton(Label("button.menu"), ButtonPress.Menu)])
            .ToList();
        return new Reply(render.Say("checklist.pick"), rows);
    }

    /// <summary>The check where it stands: a question, a count to type, or the verdict.</summary>
    public Reply Show(StepRenderer render, DossierCheck check, string? lead, DateTime localNow)
    {
        ArgumentNullException.ThrowIfNull(render);
        ArgumentNullException.ThrowIfNull(check);
        var (text, rows) = check.Stage switch
        {
            DossierStage.Question => Question(render, check),
            DossierStage.Pages => Count(render, check, "checklist.pages", ChecklistPress.Pages),
            DossierStage.Copies => Count(render, check, "checklist.copies", ChecklistPress.Copies),
            _ => _verdict.Compose(render, check, localNow),
        };
        rows.Add(Navigation(check));
        rows.Add([new ReplyButton(Label("button.menu"), ButtonPress.Menu)]);
        return new Reply(lead is null ? text : $"{lead}\n\n{text}", rows.Where(r => r.Count > 0).ToList());
    }

    public static string Resume(StepRenderer render, DossierCheck check) =>
        render.SayWith("checklist.resume", ("name", check.Procedure.ShortName), ("number", Wording.Count(check.Position.Number)));

    public string AnswerHint(StepRenderer render, ChecklistQuestion question)
    {
        var (yes, no) = AnswerLabels(question);
        return render.SayWith("checklist.answer-hint", ("yes", yes), ("no", no));
    }

    public static string NumberHint(StepRenderer render, DossierStage stage) =>
        render.SayWith("checklist.number-hint", ("max", Wording.Count(stage == DossierStage.Pages ? CopyFee.MaxPages : CopyFee.MaxCopies)));

    public string? Footer(StepRenderer render, DossierCheck check) =>
        check.Stage == DossierStage.Verdict || check.Progress.IsEmpty
            ? null
            : render.SayWith("checklist.footer.resume", ("number", Wording.Count(check.Position.Number)), ("button", Label("button.checklist")));

    private (string Text, List<IReadOnlyList<ReplyButton>> Rows) Question(StepRenderer render, DossierCheck check)
    {
        var question = check.Position.Current!;
        var text = new StringBuilder();
        if (check.Position.Path.Count == 0)
        {
            text.Append(render.SayWith("checklist.intro", ("name", check.Procedure.ShortName))).Append("\n\n");
        }

        text.Append(render.SayWith("checklist.question", ("name", check.Procedure.ShortName), ("number", Wording.Count(check.Position.Number)), ("ask", question.Ask)));
        // A help line that explains a missing paper is said in the verdict; one about the question itself, here.
        if (!string.IsNullOrWhiteSpace(question.Help) && string.IsNullOrWhiteSpace(question.MissingIfNo) && string.IsNullOrWhiteSpace(question.MissingIfYes))
        {
            text.Append('\n').Append(render.SayWith("checklist.help", ("help", question.Help)));
        }

        var index = IndexOf(check.Procedure, question);
        var (yes, no) = AnswerLabels(question);
        return (text.ToString(),
        [
            [
                new ReplyButton(yes, ChecklistPress.AnswerAt(check.Procedure.Id, index, ChecklistAnswer.Yes)),
                new ReplyButton(no, ChecklistPress.AnswerAt(check.Procedure.Id, index, ChecklistAnswer.No)),
            ],
        ]);
    }

    private static (string Text, List<IReadOnlyList<ReplyButton>> Rows) Count(StepRenderer render, DossierCheck check, string key, Func<string, int, string> payload)
    {
        var quick = QuickNumbers.Select(n => new ReplyButton(Wording.Count(n), payload(check.Procedure.Id, n))).ToList();
        return (render.Say(key), [quick]);
    }

    private IReadOnlyList<ReplyButton> Navigation(DossierCheck check) =>
        check.Progress.IsEmpty
            ? []
            :
            [
                new ReplyButton(Label("button.checklist.previous"), ChecklistPress.Back(check.Procedure.Id)),
                new ReplyButton(Label("button.checklist.again"), ChecklistPress.Again(check.Procedure.Id)),
            ];

    /// <summary>Labels that fit the question: "… không?" → Có / Không; "đã có … chưa?" → Có / Chưa có; "đã … chưa?" → Rồi / Chưa.</summary>
    private (string Yes, string No) AnswerLabels(ChecklistQuestion question)
    {
        var words = TextFolding.Words(question.Ask);
        if (words.Count == 0 || words[^1] != "chua")
        {
            return (Label("button.checklist.yes"), Label("button.checklist.no"));
        }

        return words.Contains("co")
            ? (Label("button.checklist.yes"), Label("button.checklist.have-not"))
            : (Label("button.checklist.done"), Label("button.checklist.not-yet"));
    }

    private static int IndexOf(Procedure procedure, ChecklistQuestion question) =>
        procedure.Checklist!.Questions.ToList().FindIndex(q => q.Id == question.Id);
}
