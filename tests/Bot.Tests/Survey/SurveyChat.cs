using OneStop.Domain.Conversation;
using OneStop.Domain.Survey;

namespace OneStop.Bot.Tests.Survey;

/// <summary>One citizen talking to the real engine (real conversation-flows/, every feature), with what each turn produced.</summary>
internal sealed class SurveyChat
{
    /// <summary>Tuesday 01/12/2026, 9 o'clock in the commune.</summary>
    public static readonly DateTimeOffset Tuesday = new(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));

    public static readonly SurveyTicket WednesdayTicket = new(42, 2, new DateOnly(2026, 11, 25), true, new DateOnly(2026, 12, 25));

    private readonly ConversationEngine _engine = Support.Content.Engine();

    public ChatAddress Chat { get; } = new("telegram", "777000111");

    public Session Session { get; } = new();

    public DateTimeOffset Now { get; set; } = Tuesday;

    public Outcome Last { get; private set; } = Outcome.Nothing;

    public List<ConversationEffect> Effects { get; } = [];

    public string Text => string.Join("\n---\n", Last.Replies.Select(r => r.Text));

    public IEnumerable<ReplyButton> Buttons => Last.Replies.SelectMany(r => r.AllButtons);

    public Outcome Type(string text, IReadOnlyDictionary<string, string>? context = null) =>
        Run(Incoming.Typed(Chat, text) with { Context = context ?? new Dictionary<string, string>() });

    public Outcome Press(string label)
    {
        var button = Buttons.FirstOrDefault(b => b.Label.Contains(label, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No button '{label}' in: {string.Join(" | ", Buttons.Select(b => b.Label))}");
        return Run(Incoming.Pressed(Chat, button.Payload));
    }

    public Outcome Send(string payload) => Run(Incoming.Pressed(Chat, payload));

    /// <summary>Opens the ticket's deep link, as the edge would describe it after checking the seal and the used list.</summary>
    public Outcome Open(SurveyTicket ticket, TicketCheck check) =>
        Type($"/start {TicketSeal.Prefix}{new string('A', 36)}", TicketContext.Describe(check, check == TicketCheck.Forged ? null : ticket));

    public IEnumerable<T> All<T>() => Effects.OfType<T>();

    private Outcome Run(Incoming incoming)
    {
        Last = _engine.Handle(Session, incoming, Now);
        Effects.AddRange(Last.Effects);
        Now = Now.AddSeconds(20);
        return Last;
    }
}
