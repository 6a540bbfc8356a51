using OneStop.Domain.Content;
using Stateless;
using Stateless.Graph;
using Stateless.Reflection;

namespace OneStop.Domain.Conversation;

/// <summary>
/// The conversation as a Stateless machine built from flows.yaml around a stored <see cref="Session"/>:
/// load the session, bind it, fire, save. Building the machine costs about 40 µs, a fifth of a whole turn,
/// so the engine keeps the machines it built and binds each turn's session to one (<see cref="Bind"/>).
/// Not thread-safe, like Stateless itself.
/// </summary>
public sealed class ConversationMachine
{
    // Every step is a substate of this one, so the words that work from anywhere are configured once.
    private const string Anywhere = "anywhere";
    private const int TrailLimit = 20;

    private readonly StateMachine<string, string> _machine;
    private readonly Flow _flow;
    private readonly IReadOnlyList<string> _featureSteps;
    private Session _session;
    private readonly StateMachine<string, string>.TriggerWithParameters<Location> _open;
    private readonly StateMachine<string, string>.TriggerWithParameters<string> _go;

    public ConversationMachine(Flow flow, Session session, IReadOnlyList<string>? featureSteps = null)
    {
        featureSteps ??= [];
        ArgumentNullException.ThrowIfNull(flow);
        _flow = flow;
        _featureSteps = featureSteps;
        _session = null!;
        Bind(session);

        _machine = new StateMachine<string, string>(() => _session.State, s => _session.State = s);
        _open = _machine.SetTriggerParameters<Location>(Triggers.OpenProcedure);
        _go = _machine.SetTriggerParameters<string>(Triggers.Go);

        _machine.Configure(Anywhere)
            .PermitDynamic(Triggers.Menu, () => flow.Start, "menu", Destinations(flow.Start))
            .PermitDynamic(Triggers.Cancel, () => flow.Start, "menu", Destinations(flow.Start))
            .PermitDynamic(Triggers.Help, () => flow.Find(Triggers.Help)?.Id ?? flow.Start, "help", Destinations(Triggers.Help))
            .PermitDynamic(Triggers.Back, PopTrail, "previous step")
            .PermitDynamic(_open, OpenProcedure, "procedure card", Destinations(Flow.ProcedureStep))
            .PermitDynamic(_go, step => step, "step of an older button")
            .PermitDynamic(Triggers.AskDelete, () => Flow.ConfirmDeleteStep, "delete my data?", Destinations(Flow.ConfirmDeleteStep));

        foreach (var step in flow.Steps)
        {
            var state = _machine.Configure(step.Id).SubstateOf(Anywhere);
            foreach (var button in step.Buttons.SelectMany(row => row))
            {
                if (button.To == step.Id)
                {
                    state.PermitReentry(button.Id);
                }
                else
                {
                    state.Permit(button.Id, button.To);
                }
            }
        }

        _machine.Configure(Flow.ProcedureStep).SubstateOf(Anywhere);
        foreach (var step in featureSteps)
        {
            _machine.Configure(step).SubstateOf(Anywhere);
        }

        _machine.Configure(Flow.ConfirmDeleteStep).SubstateOf(Anywhere)
            .Permit(Triggers.ConfirmDelete, flow.Start)
            .Permit(Triggers.KeepData, flow.Start);

        _machine.OnUnhandledTrigger((_, _) => { });
    }

    public string State => _session.State;

    /// <summary>Makes <paramref name="session"/> the one this machine reads and moves.</summary>
    public void Bind(Session session)
    {
        _session = session ?? throw new ArgumentNullException(nameof(session));
        if (_session.IsNew || (_flow.Find(_session.State) is null && !Flow.BuiltInSteps.Contains(_session.State) && !_featureSteps.Contains(_session.State)))
        {
            // A new chat, or a step that an edit of flows.yaml removed: start again from the menu.
            _session.State = _flow.Start;
        }
    }

    public bool CanFire(string trigger) => _machine.CanFire(trigger);

    public void Fire(string trigger) => Remembering(trigger, () => _machine.Fire(trigger));

    public void OpenProcedure(string procedureId, Aspect? aspect) =>
        Remembering(Triggers.OpenProcedure, () => _machine.Fire(_open, new Location(Flow.ProcedureStep, procedureId, aspect)));

    public void GoTo(string step) => Remembering(Triggers.Go, () => _machine.Fire(_go, step));

    /// <summary>The machine as a Mermaid state diagram, for the README.</summary>
    public string ToMermaid() => MermaidGraph.Format(_machine.GetInfo());

    private static DynamicStateInfos Destinations(string state) => [new DynamicStateInfo(state, state)];

    private void Remembering(string trigger, Action fire)
    {
        var before = Location.Of(_session);
        fire();
        var after = Location.Of(_session);
        if (trigger != Triggers.Back && before != after && before.Step != Flow.ConfirmDeleteStep)
        {
            _session.Trail.Add(before.ToString());
            if (_session.Trail.Count > TrailLimit)
            {
                _session.Trail.RemoveAt(0);
            }
        }

        if (trigger is Triggers.Menu or Triggers.Cancel)
        {
            _session.Trail.Clear();
        }
    }

    private string OpenProcedure(Location target)
    {
        target.ApplyTo(_session);
        return Flow.ProcedureStep;
    }

    private string PopTrail()
    {
        if (_session.Trail.Count == 0)
        {
            return _machine.State;
        }

        var previous = Location.Parse(_session.Trail[^1]);
        _session.Trail.RemoveAt(_session.Trail.Count - 1);
        previous.ApplyTo(_session);
        return previous.Step;
    }
}
