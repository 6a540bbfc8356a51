using System.Text;
using OneStop.Domain.Content;
using OneStop.Domain.Text;

namespace OneStop.Domain.Conversation;

/// <summary>
/// Handles one incoming message of one chat: fires the conversation machine and returns the replies
/// and effects. Pure: the caller loads and saves the session, in one transaction with the effects.
/// </summary>
public sealed class ConversationEngine
{
    private readonly ContentCatalog _content;
    private readonly IntentMatcher _matcher;
    private readonly StepRenderer _render;

    public ConversationEngine(ContentCatalog content, ConversationOptions options)
    {
        _content = content ?? throw new ArgumentNullException(nameof(content));
        _matcher = new IntentMatcher(content);
        _render = new StepRenderer(content, options);
    }

    public StepRenderer Renderer => _render;

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
        var machine = new ConversationMachine(_content.Flow, session);
        var turn = new Turn(session, machine);

        switch (incoming.Kind)
        {
            case IncomingKind.Blocked:
                return new Outcome([], [new ConversationEffect.SetReachable(false)]);
            case IncomingKind.Unblocked:
                return new Outcome([], [new ConversationEffect.SetReachable(true)]);
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

        return new Outcome(turn.Replies, turn.Effects);
    }

    private void OnButton(Turn turn, string payload)
    {
        if (!ButtonPress.TryParse(payload, out var press))
        {
            Stale(turn);
            return;
        }

        switch (press.Kind)
        {
            case PressKind.Menu:
                Command(turn, GlobalCommand.Menu);
                break;
            case PressKind.Back:
                Command(turn, GlobalCommand.Back);
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

                turn.Say(_render.Render(turn.Session));
                break;
            case PressKind.Procedure:
                var procedure = _content.FindProcedure(press.Id);
                if (procedure is null)
                {
                    Stale(turn);
                    return;
                }

                turn.Machine.OpenProcedure(procedure.Id, press.Aspect);
                turn.Say(_render.Render(turn.Session));
                break;
            case PressKind.DeleteYes:
                ConfirmDelete(turn);
                break;
            case PressKind.DeleteNo:
                KeepData(turn);
                break;
        }
    }

    private void OnText(Turn turn, string raw)
    {
        var text = raw.Normalize(NormalizationForm.FormC).Trim();
        if (text.Length > ConversationOptions.MaxReadLength)
        {
            text = text[..ConversationOptions.MaxReadLength];
        }

        if (CommandWords.TryParseSlash(text, out var slash, out _))
        {
            Command(turn, slash);
            return;
        }

        var words = _matcher.Words(text);
        if (turn.Session.State == Flow.ConfirmDeleteStep)
        {
            if (Answers.IsYes(words))
            {
                ConfirmDelete(turn);
                return;
            }

            if (Answers.IsNo(words))
            {
                KeepData(turn);
                return;
            }
        }

        if (CommandWords.FromWords(words) is { } command)
        {
            Command(turn, command);
            return;
        }

        OnQuestion(turn, _matcher.Match(words));
    }

    private void OnQuestion(Turn turn, MessageIntent intent)
    {
        if (intent.ProcedureIds.Count == 1)
        {
            var procedure = _content.FindProcedure(intent.ProcedureIds[0])!;
            turn.Machine.OpenProcedure(procedure.Id, null);
            turn.Say(_render.Card.Card(procedure, intent.Aspect));
            return;
        }

        if (intent.ProcedureIds.Count > 1)
        {
            var buttons = intent.ProcedureIds
                .Select(id => _content.FindProcedure(id)!)
                .Select(p => (IReadOnlyList<ReplyButton>)[new ReplyButton(p.ShortName, ButtonPress.Procedure(p.Id, intent.Aspect))])
                .Append(_render.NavigationRow())
                .ToList();
            turn.Say(new Reply(_render.Say("ask.which"), buttons));
            return;
        }

        if (intent.TopicIds.Count > 0)
        {
            var lines = intent.TopicIds
                .Select(id => _content.Topics.OutOfScope.First(t => t.Id == id).Fact.Text);
            turn.Say(new Reply($"{string.Join("\n\n", lines)}\n\n{_render.Say("topic.more")}", _render.MenuOnly()));
            return;
        }

        if (intent.Aspect is { } aspect)
        {
            OnAspectOnly(turn, aspect);
            return;
        }

        if (SmallTalk.IsThanks(intent.Words))
        {
            turn.Say(new Reply(_render.Say("thanks"), _render.MenuOnly()));
            return;
        }

        if (SmallTalk.IsGreeting(intent.Words))
        {
            turn.Machine.Fire(Triggers.Menu);
            turn.Say(_render.Welcome(withMenu: true));
            turn.Welcomed = true;
            return;
        }

        turn.Say(new Reply(_render.Say("fallback"), _render.MenuOnly().Prepend(
            [new ReplyButton(_render.Say("button.procedures"), ButtonPress.Flow(ProceduresButtonId()))]).ToList()));
    }

    /// <summary>"bao nhiêu tiền?" with no procedure named: answer for the procedure being discussed, or ask which.</summary>
    private void OnAspectOnly(Turn turn, Aspect aspect)
    {
        if (turn.Session.State == Flow.ProcedureStep && turn.Session.ProcedureId is { } current)
        {
            turn.Machine.OpenProcedure(current, aspect);
            turn.Say(_render.Render(turn.Session));
            return;
        }

        var step = aspect switch
        {
            Aspect.Place => "office",
            Aspect.Online => "online",
            Aspect.Writing => "writing",
            _ => null,
        };
        if (step is not null && _content.Flow.Find(step) is not null)
        {
            turn.Machine.GoTo(step);
            turn.Say(_render.Render(turn.Session));
            return;
        }

        var buttons = _render.ProcedureButtons(aspect);
        buttons.Add(_render.NavigationRow());
        turn.Say(new Reply(_render.Say("ask.which"), buttons));
    }

    private void Command(Turn turn, GlobalCommand command)
    {
        switch (command)
        {
            case GlobalCommand.Start:
                turn.Machine.Fire(Triggers.Menu);
                turn.Say(_render.Welcome(withMenu: true));
                turn.Welcomed = true;
                break;
            case GlobalCommand.Menu:
                turn.Machine.Fire(Triggers.Menu);
                turn.Say(_render.Render(turn.Session));
                break;
            case GlobalCommand.Cancel:
                turn.Machine.Fire(Triggers.Cancel);
                turn.Say(_render.Render(_content.Flow.Find(_content.Flow.Start)!, lead: _render.Say("cancelled")));
                break;
            case GlobalCommand.Back:
                turn.Machine.Fire(Triggers.Back);
                turn.Say(_render.Render(turn.Session));
                break;
            case GlobalCommand.Help:
                turn.Machine.Fire(Triggers.Help);
                turn.Say(_render.Render(turn.Session));
                break;
            case GlobalCommand.DeleteData:
                turn.Machine.Fire(Triggers.AskDelete);
                turn.Say(_render.Render(turn.Session));
                break;
            default:
                turn.Say(new Reply(_render.Say("command.unknown"), _render.MenuOnly()));
                break;
        }
    }

    private void ConfirmDelete(Turn turn)
    {
        if (turn.Session.State != Flow.ConfirmDeleteStep)
        {
            // An old "yes" button must not delete anything without asking again.
            Command(turn, GlobalCommand.DeleteData);
            return;
        }

        turn.Machine.Fire(Triggers.ConfirmDelete);
        turn.Session.Deleted = true;
        turn.Effects.Add(new ConversationEffect.DeleteChatData());
        turn.Say(new Reply(_render.Say("delete.done")));
        turn.Welcomed = true;
    }

    private void KeepData(Turn turn)
    {
        if (turn.Session.State == Flow.ConfirmDeleteStep)
        {
            turn.Machine.Fire(Triggers.KeepData);
        }

        turn.Say(_render.Render(_content.Flow.Find(_content.Flow.Start)!, lead: _render.Say("delete.kept")));
    }

    private void Stale(Turn turn) => turn.Say(new Reply(_render.Say("button.stale"), _render.MenuOnly()));

    private string ProceduresButtonId() =>
        _content.Flow.AllButtons().FirstOrDefault(b => b.To == "procedures")?.Id ?? "";

    /// <summary>What one message produced so far.</summary>
    private sealed class Turn(Session session, ConversationMachine machine)
    {
        public Session Session { get; } = session;

        public ConversationMachine Machine { get; } = machine;

        public List<Reply> Replies { get; } = [];

        public List<ConversationEffect> Effects { get; } = [];

        public bool Welcomed { get; set; }

        public void Say(Reply reply) => Replies.Add(reply);
    }
}
