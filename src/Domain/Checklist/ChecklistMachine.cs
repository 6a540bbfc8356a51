using OneStop.Domain.Content;
using Stateless;
using Stateless.Graph;
using ProcedureChecklist = OneStop.Domain.Content.Checklist;

namespace OneStop.Domain.Checklist;

/// <summary>
/// One procedure's checklist as a Stateless machine, built from the procedure file: the states are the question ids and
/// "done", the triggers yes and no. A citizen's position is not stored as a state but replayed from their stored answers,
/// so an edit of the procedure file can never leave a chat on a question that no longer exists.
/// </summary>
public sealed class ChecklistMachine
{
    private readonly ProcedureChecklist _checklist;
    private readonly StateMachine<string, ChecklistAnswer> _machine;
    private string _state;

    public ChecklistMachine(ProcedureChecklist checklist)
    {
        _checklist = checklist ?? throw new ArgumentNullException(nameof(checklist));
        _state = checklist.Start;
        _machine = new StateMachine<string, ChecklistAnswer>(() => _state, s => _state = s);
        foreach (var question in checklist.Questions)
        {
            var state = _machine.Configure(question.Id);
            Permit(state, question.Id, ChecklistAnswer.Yes, question.Yes);
            Permit(state, question.Id, ChecklistAnswer.No, question.No);
        }

        _machine.Configure(ProcedureChecklist.Done);

        // Content is validated before the bot starts; a broken branch ends the checklist instead of throwing.
        _machine.OnUnhandledTrigger((_, _) => _state = ProcedureChecklist.Done);
    }

    /// <summary>
    /// Replays stored answers from the start. Answers stop counting at the first one that does not belong to the
    /// question the path has reached (the file changed since), so the citizen is asked again from there.
    /// </summary>
    public ChecklistPosition Replay(IReadOnlyList<SavedChecklistAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        _state = _checklist.Start;
        var path = new List<AnsweredQuestion>();
        foreach (var answer in answers)
        {
            if (_checklist.Find(_state) is not { } question || question.Id != answer.QuestionId)
            {
                break;
            }

            path.Add(new AnsweredQuestion(question, answer.Answer));
            _machine.Fire(answer.Answer);
        }

        return new ChecklistPosition(path, _checklist.Find(_state));
    }

    /// <summary>The checklist as a Mermaid state diagram, for the README (generated, so it cannot go stale).</summary>
    public string ToMermaid()
    {
        _state = _checklist.Start;
        return MermaidGraph.Format(_machine.GetInfo());
    }

    private static void Permit(StateMachine<string, ChecklistAnswer>.StateConfiguration state, string from, ChecklistAnswer answer, string to)
    {
        // A question leading to itself is a loop the validator reports; Stateless needs it spelled as re-entry.
        if (to == from)
        {
            state.PermitReentry(answer);
        }
        else
        {
            state.Permit(answer, to);
        }
    }
}
