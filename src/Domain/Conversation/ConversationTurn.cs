namespace OneStop.Domain.Conversation;

/// <summary>One message being handled: the session, the machine around it, and what the turn produced so far.</summary>
public sealed class ConversationTurn
{
    public ConversationTurn(Session session, Incoming incoming, DateTimeOffset now, ConversationMachine machine, StepRenderer render)
    {
        Session = session;
        Incoming = incoming;
        Now = now;
        Machine = machine;
        Render = render;
    }

    public Session Session { get; }

    public Incoming Incoming { get; }

    public DateTimeOffset Now { get; }

    public ConversationMachine Machine { get; }

    public StepRenderer Render { get; }

    public List<Reply> Replies { get; } = [];

    public List<ConversationEffect> Effects { get; } = [];

    /// <summary>Set once the welcome was said, so it is not said twice on a first message.</summary>
    public bool Welcomed { get; set; }

    /// <summary>Set when the main request was answered with a procedure's whole card, so its other parts asked need no line.</summary>
    public bool WholeCardShown { get; set; }

    public void Say(Reply reply) => Replies.Add(reply);

    public void Effect(ConversationEffect effect) => Effects.Add(effect);
}
