using System.Collections.Concurrent;
using System.Text;
using OneStop.Domain.Content;
using OneStop.Domain.Procedures;
using OneStop.Domain.Understanding;

namespace OneStop.Domain.Conversation;

/// <summary>
/// Handles one incoming message of one chat: fires the conversation machine and returns the replies
/// and effects. Pure: the caller loads and saves the session, in one transaction with the effects.
/// </summary>
public sealed class ConversationEngine
{
    private readonly ContentCatalog _content;
    private readonly MessageReader _reader;
    private readonly RequestAnswers _answers;
    private readonly SlashRoutes _slash;
    private readonly EngineCommands _commands;
    private readonly StepRenderer _render;
    private readonly IReadOnlyList<IConversationFeature> _features;
    private readonly IReadOnlyList<string> _featureSteps;
    private readonly ConcurrentBag<ConversationMachine> _machines = [];

    public ConversationEngine(ContentCatalog content, ConversationOptions options, IEnumerable<IConversationFeature>? features = null)
    {
        _content = content ?? throw new ArgumentNullException(nameof(content));
        _render = new StepRenderer(content, options);
        var given = features?.ToList() ?? [];
        var procedures = new ProcedureFeature(content, _render, given);
        // Deleting a chat's data comes first: a yes or a no typed in its step answers it, before any feature reads it.
        // Procedures come last: a request another feature owns (a day, a reminder) is answered there first.
        _features = [new DataDeletionFeature(content), .. given, procedures];
        // The procedure step is built into the machine; a feature's own steps are added to it.
        _featureSteps = _features.SelectMany(f => f.Steps).Where(s => !Flow.BuiltInSteps.Contains(s)).ToList();
        _reader = new MessageReader(content);
        _slash = new SlashRoutes(_features);
        _commands = new EngineCommands(content, _render, Show);
        _answers = new RequestAnswers(content, _render, _features, procedures, new EngineActions(Show, _commands.Run, OnButton));
    }

    public StepRenderer Renderer => _render;

    public IReadOnlyList<IConversationFeature> Features => _features;

    /// <summary>The main machine for a fresh session, for the README's generated diagram.</summary>
    public ConversationMachine DescribeMachine() => new(_content.Flow, new Session(), _featureSteps);

    public Outcome Handle(Session session, Incoming incoming, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(incoming);
        var firstContact = session.IsNew;
        if (firstContact)
        {
            session.Id = incoming.Chat.Key;
            session.CreatedUtc = now.UtcDateTime;
        }

        session.UpdatedUtc = now.UtcDateTime;

        // A built machine is kept for the next turn (see ConversationMachine); the turn uses it only until it returns.
        if (!_machines.TryTake(out var machine))
        {
            machine = new ConversationMachine(_content.Flow, session, _featureSteps);
        }

        try
        {
            machine.Bind(session);
            return Handle(session, incoming, now, machine, firstContact);
        }
        finally
        {
            _machines.Add(machine);
        }
    }

    private Outcome Handle(Session session, Incoming incoming, DateTimeOffset now, ConversationMachine machine, bool firstContact)
    {
        var turn = new ConversationTurn(session, incoming, now, machine, _render);

        switch (incoming.Kind)
        {
            case IncomingKind.Blocked:
                turn.Effect(new ConversationEffect.SetReachable(false));
                return Observed(turn);
            case IncomingKind.Unblocked:
                turn.Effect(new ConversationEffect.SetReachable(true));
                return Observed(turn);
            case IncomingKind.Unreadable:
                var key = _content.Messages.Has($"unreadable.{incoming.Text}") ? $"unreadable.{incoming.Text}" : "unreadable";
                turn.Say(new Reply(_render.Say(key), _render.MenuOnly()));
                break;
            case IncomingKind.Button:
                OnButton(turn, incoming.Text);
                break;
            default:
                OnText(turn, incoming.Text);
                break;
        }

        if (firstContact && !turn.Welcomed)
        {
            turn.Replies.Insert(0, _render.Welcome(withMenu: false));
        }

        return Observed(turn);
    }

    /// <summary>Features that watch every turn (notices: "/huy", a block, a card shown) have their say last.</summary>
    private Outcome Observed(ConversationTurn turn)
    {
        ProcedureAsked.Observe(turn, _content.Flow.Start);
        foreach (var observer in _features.OfType<IConversationObserver>())
        {
            observer.Observe(turn);
        }

        return new Outcome(turn.Replies, turn.Effects);
    }

    private void OnButton(ConversationTurn turn, string payload)
    {
        var colon = payload.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && _features.FirstOrDefault(f => f.PayloadPrefix == payload[..colon]) is { } feature)
        {
            if (!feature.TryPress(turn, payload))
            {
                Stale(turn);
            }

            return;
        }

        if (!ButtonPress.TryParse(payload, out var press))
        {
            Stale(turn);
            return;
        }

        switch (press.Kind)
        {
            case PressKind.Menu:
                _commands.Run(turn, GlobalCommand.Menu);
                break;
            case PressKind.Back:
                _commands.Run(turn, GlobalCommand.Back);
                break;
            case PressKind.Flow:
                var button = _content.Flow.FindButton(press.Id);
                if (button is null)
                {
                    Stale(turn);
                    return;
                }

                if (turn.Machine.CanFire(button.Id))
                {
                    turn.Machine.Fire(button.Id);
                }
                else
                {
                    // A button of an older message: do what its label promised.
                    turn.Machine.GoTo(button.To);
                }

                turn.Say(Show(turn));
                break;
            case PressKind.Ask:
                _answers.AnswerPressed(turn, press.Request!);
                break;
        }
    }

    private void OnText(ConversationTurn turn, string raw)
    {
        var text = raw.Normalize(NormalizationForm.FormC).Trim();
        if (text.Length > ConversationOptions.MaxReadLength)
        {
            text = text[..ConversationOptions.MaxReadLength];
        }

        var isSlash = CommandWords.TryParseSlash(text, out var slash, out var argument);
        if (isSlash && slash != GlobalCommand.UnknownCommand)
        {
            // A deep link ("/start <payload>", e.g. a survey ticket) belongs to a feature; the welcome is the fallback.
            if (slash == GlobalCommand.Start && argument.Length > 0 && _features.Any(f => f.TryText(turn, text, [])))
            {
                return;
            }

            _commands.Run(turn, slash);
            return;
        }

        if (isSlash && _slash.TryRoute(turn, text))
        {
            return;
        }

        var words = _reader.Words(text);
        if (!isSlash && CommandWords.FromWords(words) is { } command)
        {
            _commands.Run(turn, command);
            return;
        }

        if (_features.Any(f => f.TryText(turn, text, words)))
        {
            return;
        }

        if (isSlash)
        {
            _commands.Run(turn, GlobalCommand.UnknownCommand);
            return;
        }

        _answers.Answer(turn, _reader.Read(text, Context(turn)));
    }

    /// <summary>
    /// A short follow-up ("ở đâu", "mất bao lâu") is about the procedure whose card is on screen, else the topic just
    /// answered, else the procedure asked about before a question on the calendar.
    /// </summary>
    private static DialogueContext Context(ConversationTurn turn) =>
        turn.Session.State == Flow.ProcedureStep ? new(turn.Session.ProcedureId)
        : TopicAsked.Recent(turn) is { } topic ? new(null, topic)
        : new(ProcedureAsked.Recent(turn));

    /// <summary>The current step as a message: a feature's step (a procedure card is the procedure feature's), or a menu screen.</summary>
    private Reply Show(ConversationTurn turn)
    {
        var state = turn.Session.State;
        return _features.FirstOrDefault(f => f.Steps.Contains(state)) is { } feature ? feature.Render(turn, state) : _render.Render(turn.Session);
    }

    private void Stale(ConversationTurn turn) => turn.Say(new Reply(_render.Say("button.stale"), _render.MenuOnly()));
}
