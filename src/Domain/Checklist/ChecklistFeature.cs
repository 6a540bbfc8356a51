using OneStop.Domain.Content;
using OneStop.Domain.Conversation;
using OneStop.Domain.Understanding;
using OneStop.Domain.Text;

namespace OneStop.Domain.Checklist;

/// <summary>
/// "Kiểm tra hồ sơ": asks about the papers one at a time, only the questions that apply (the branches are in each
/// procedure's `checklist:`), then says the dossier is complete (when to come, or how to file online) or lists what
/// is missing and where it comes from. For certified copies it works out the fee from the pages and copies.
/// Each procedure's answers are kept in the session, so a citizen can leave and come back to the same question.
/// </summary>
public sealed class ChecklistFeature(ContentCatalog content, ConversationOptions options) : IConversationFeature, ICardAddition, IDescribedFeature
{
    public const string Step = "checklist";

    // "kiểm tra hồ sơ", "còn thiếu gì", "hồ sơ đủ chưa": the citizen wants the check, for the procedure named if any.
    private readonly ChecklistWording _say = new(content);
    private readonly MessageReader _reader = new(content);
    private readonly SavedChecks _saved = new(content);

    public IReadOnlyList<string> Steps { get; } = [Step];

    public string PayloadPrefix => ChecklistPress.Prefix;

    public IReadOnlyList<SlashCommand> Commands { get; } = [new("/kiemtra", "Kiểm tra hồ sơ còn thiếu gì", MenuPlace: 10)];

    public IEnumerable<string> MessageKeys => ChecklistWording.Keys;

    /// <summary>Each procedure's checklist as a state diagram (questions and "done", yes and no), for the README.</summary>
    public IEnumerable<(string Title, string Mermaid)> Diagrams() =>
        content.Procedures
            .Where(p => p.Checklist is not null)
            .OrderBy(p => p.PlanItem)
            .Select(p => ($"Kiểm tra hồ sơ: {p.Name} (`procedures/{p.Id}.yaml`)", new ChecklistMachine(p.Checklist!).ToMermaid()));

    public bool TryPress(ConversationTurn turn, string payload)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!ChecklistPress.TryParse(payload, out var press))
        {
            return false;
        }

        if (press.Kind == ChecklistPressKind.Pick)
        {
            ShowPicker(turn);
            return true;
        }

        if (content.FindProcedure(press.ProcedureId) is not { Checklist: not null } procedure)
        {
            return false;
        }

        if (press.Kind == ChecklistPressKind.Open)
        {
            Open(turn, procedure);
            return true;
        }

        var check = SavedChecks.Load(turn.Session, procedure);
        var next = press.Kind switch
        {
            ChecklistPressKind.Answer => check.AnswerAt(press.Number, press.Answer),
            ChecklistPressKind.Back => check.Back(),
            ChecklistPressKind.Again => check.Restart(),
            ChecklistPressKind.Pages => check.WithPages(press.Number),
            _ => check.WithCopies(press.Number),
        };

        // A button of an older message that no longer fits: say so, and ask what is current.
        Show(turn, next ?? check, next is null ? turn.Render.Say("checklist.stale") : null);
        return true;
    }

    public bool TryText(ConversationTurn turn, string text, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(words);
        if (turn.Session.State == Step && _saved.Active(turn.Session) is { } check
            && TypedStep.Read(check, text, words, IsUnrelated(text, words)) is { } typed)
        {
            var hint = !typed.AskAgain ? null
                : check.Stage == DossierStage.Question ? _say.AnswerHint(turn.Render, check.Position.Current!)
                : ChecklistWording.NumberHint(turn.Render, check.Stage);
            Show(turn, typed.Check, hint);
            return true;
        }

        if (turn.Session.State == Step && _saved.Active(turn.Session) is null && PickedByName(text) is { } picked)
        {
            // "khai tử", typed under "which procedure's dossier?": the answer to that question, not a request for the card.
            Open(turn, picked);
            return true;
        }

        return false;
    }

    /// <summary>A procedure named alone (nothing asked about it) that has a dossier check.</summary>
    private Procedure? PickedByName(string text)
    {
        var requests = _reader.Read(text, DialogueContext.None).Requests;
        return requests is [{ Kind: RequestKind.Overview, ProcedureId: { } id }] && content.FindProcedure(id) is { Checklist: not null } procedure
            ? procedure
            : null;
    }

    /// <summary>/kiemtra: the check of the procedure named after it or on screen, else the list to pick from.</summary>
    public void OnCommand(ConversationTurn turn, SlashCommand command, string text)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var viewing = turn.Session.State == Flow.ProcedureStep ? turn.Session.ProcedureId : null;
        var named = _reader.Read(text, new DialogueContext(viewing)).Requests.Select(r => r.ProcedureId).OfType<string>().Distinct().ToList();
        OpenOrPick(turn, named.Count == 1 ? named[0] : viewing);
    }

    /// <summary>"kiểm tra giùm còn thiếu gì": the check of the procedure asked about or on screen, else the list to pick from.</summary>
    public bool TryAnswer(ConversationTurn turn, Request request)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Kind != RequestKind.Checklist)
        {
            return false;
        }

        OpenOrPick(turn, request.ProcedureId);
        return true;
    }

    private void OpenOrPick(ConversationTurn turn, string? procedureId)
    {
        var procedure = procedureId is { } id && content.FindProcedure(id) is { Checklist: not null } found ? found : null;
        if (procedure is null)
        {
            ShowPicker(turn);
        }
        else
        {
            Open(turn, procedure);
        }
    }

    public Reply Render(ConversationTurn turn, string step)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return _saved.Active(turn.Session) is { } check ? _say.Show(turn.Render, check, null, LocalNow(turn)) : _say.Picker(turn.Render);
    }

    public IEnumerable<ReplyButton> CardButtons(Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        return procedure.Checklist is null ? [] : [new ReplyButton(_say.Label("button.checklist"), ChecklistPress.Open(procedure.Id))];
    }

    public string? CardFooter(ConversationTurn turn, Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(procedure);
        return procedure.Checklist is not null && SavedChecks.HasProgress(turn.Session, procedure)
            ? _say.Footer(turn.Render, SavedChecks.Load(turn.Session, procedure))
            : null;
    }

    /// <summary>"sao y 12 trang hết bao nhiêu": the fee for the pages (and copies) the message names, worked out above the card's rule.</summary>
    /// <remarks>
    /// "3 bản thì bao nhiêu" then "bằng 2 trang": the copies said first are kept a moment (ShortMemory) and asked the pages
    /// for, so the total counts both.
    /// </remarks>
    public string? CardLead(ConversationTurn turn, Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(procedure);
        if (procedure.PageFee is not { } rule || turn.Incoming.Kind != IncomingKind.Text)
        {
            return null;
        }

        if (PageCount.ReadCopies(turn.Incoming.Text) is { } copies)
        {
            ShortMemory.Remember(turn, CopiesKey, $"{procedure.Id}:{copies}");
            return turn.Render.SayWith("checklist.fee.pages-asked", ("copies", Wording.Count(copies)));
        }

        if (PageCount.Read(turn.Incoming.Text) is not { } count)
        {
            return null;
        }

        if (!PageCount.NamesCopies(turn.Incoming.Text) && ShortMemory.Recent(turn, CopiesKey) is { } kept
            && kept.Split(':') is [var id, var number] && id == procedure.Id && int.TryParse(number, out var earlier))
        {
            count = count with { Copies = earlier };
        }

        return ChecklistVerdict.CopyFeeLine(turn.Render, CopyFee.Of(rule, count.Pages, count.Copies), rule);
    }

    private const string CopiesKey = "copies.asked";

    /// <summary>Text that asks nothing the bot knows (no procedure, topic or aspect): most likely a garbled answer.</summary>
    private bool IsUnrelated(string text, IReadOnlyList<string> words) =>
        !text.TrimStart().StartsWith('/') && _reader.Read(text, DialogueContext.None).IsUnknown;

    /// <summary>Starts a procedure's check, or continues it where the citizen left it (and says so).</summary>
    private void Open(ConversationTurn turn, Procedure procedure)
    {
        var check = SavedChecks.Load(turn.Session, procedure);
        var unfinished = check.Stage != DossierStage.Verdict && check.Position.Path.Count > 0;
        Show(turn, check, unfinished ? ChecklistWording.Resume(turn.Render, check) : null);
    }

    private void Show(ConversationTurn turn, DossierCheck check, string? lead)
    {
        SavedChecks.Save(turn.Session, check);
        if (turn.Session.State != Step)
        {
            turn.Machine.GoTo(Step);
        }

        turn.Say(_say.Show(turn.Render, check, lead, LocalNow(turn)));
    }

    private void ShowPicker(ConversationTurn turn)
    {
        SavedChecks.Leave(turn.Session);
        if (turn.Session.State != Step)
        {
            turn.Machine.GoTo(Step);
        }

        turn.Say(_say.Picker(turn.Render));
    }

    private DateTime LocalNow(ConversationTurn turn) => TimeZoneInfo.ConvertTime(turn.Now, options.Zone).DateTime;
}
