using OneStop.Domain.Content;

namespace OneStop.Domain.Checklist;

/// <summary>
/// One citizen's check of one procedure's dossier: their stored answers replayed through the procedure's checklist,
/// then, for certified copies, the pages and copies that give the fee. Immutable: every step returns a new check,
/// whose <see cref="Progress"/> is what gets stored.
/// </summary>
public sealed class DossierCheck
{
    private DossierCheck(Procedure procedure, ChecklistPosition position, int? pages, int? copies)
    {
        Procedure = procedure;
        Position = position;
        var feeApplies = position.IsDone && !position.StoppedEarly && procedure.PageFee is not null;
        Pages = feeApplies ? pages : null;
        Copies = feeApplies && Pages is not null ? copies : null;
        Stage = !position.IsDone ? DossierStage.Question
            : !feeApplies ? DossierStage.Verdict
            : Pages is null ? DossierStage.Pages
            : Copies is null ? DossierStage.Copies
            : DossierStage.Verdict;
    }

    public Procedure Procedure { get; }

    public ChecklistPosition Position { get; }

    public int? Pages { get; }

    public int? Copies { get; }

    public DossierStage Stage { get; }

    public ChecklistProgress Progress =>
        new(Position.Path.Select(a => new SavedChecklistAnswer(a.Question.Id, a.Answer)).ToList(), Pages, Copies);

    /// <summary>The fee for certified copies, once pages and copies are known.</summary>
    public CopyFee? Fee =>
        Procedure.PageFee is { } rule && Pages is { } pages && Copies is { } copies ? CopyFee.Of(rule, pages, copies) : null;

    public bool IsComplete => Stage == DossierStage.Verdict && Position.Missing.Count == 0;

    /// <summary>The check of a procedure that has a checklist, continued from what was stored.</summary>
    public static DossierCheck Resume(Procedure procedure, ChecklistProgress progress)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        ArgumentNullException.ThrowIfNull(progress);
        var checklist = procedure.Checklist
            ?? throw new ArgumentException($"Procedure '{procedure.Id}' has no checklist.", nameof(procedure));
        return new DossierCheck(procedure, new ChecklistMachine(checklist).Replay(progress.Answers), progress.Pages, progress.Copies);
    }

    /// <summary>Answers the current question; null when there is none (the yes/no part is over).</summary>
    public DossierCheck? Answer(ChecklistAnswer answer) =>
        Position.Current is { } current ? With([.. Progress.Answers, new SavedChecklistAnswer(current.Id, answer)]) : null;

    /// <summary>
    /// Answers the question at <paramref name="index"/> of the file: the current one, or one already answered on the
    /// path (a button of an older message: the answers after it are asked again). Null for a question off the path.
    /// </summary>
    public DossierCheck? AnswerAt(int index, ChecklistAnswer answer)
    {
        var questions = Procedure.Checklist!.Questions;
        if (index < 0 || index >= questions.Count)
        {
            return null;
        }

        var id = questions[index].Id;
        if (Position.Current?.Id == id)
        {
            return Answer(answer);
        }

        var at = Position.Path.ToList().FindIndex(a => a.Question.Id == id);
        return at < 0 ? null : With([.. Progress.Answers.Take(at), new SavedChecklistAnswer(id, answer)]);
    }

    /// <summary>"⬅️ Câu trước": undoes the last thing answered, the copies and pages first.</summary>
    public DossierCheck Back() =>
        Copies is not null ? new DossierCheck(Procedure, Position, Pages, null)
        : Pages is not null ? new DossierCheck(Procedure, Position, null, null)
        : Position.Path.Count > 0 ? With(Progress.Answers.Take(Position.Path.Count - 1).ToList())
        : this;

    public DossierCheck Restart() => Resume(Procedure, ChecklistProgress.Empty);

    /// <summary>Null unless the check is at the fee part (a page count typed earlier may be changed).</summary>
    public DossierCheck? WithPages(int pages) =>
        Stage is DossierStage.Pages or DossierStage.Copies or DossierStage.Verdict && Procedure.PageFee is not null && !Position.StoppedEarly
            && pages is > 0 and <= CopyFee.MaxPages
            ? new DossierCheck(Procedure, Position, pages, Copies)
            : null;

    public DossierCheck? WithCopies(int copies) =>
        Pages is not null && copies is > 0 and <= CopyFee.MaxCopies ? new DossierCheck(Procedure, Position, Pages, copies) : null;

    private DossierCheck With(IReadOnlyList<SavedChecklistAnswer> answers) => Resume(Procedure, new ChecklistProgress(answers));
}
