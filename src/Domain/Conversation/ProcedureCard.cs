using System.Text;
using OneStop.Domain.Content;

namespace OneStop.Domain.Conversation;

/// <summary>
/// Writes a procedure as a citizen reads it: a short card with every essential (what to bring, fee,
/// time, who comes, form-writing, online), the part they asked about first; or one part in detail.
/// Headings and button labels come from messages.yaml; the facts from the procedure file.
/// </summary>
public sealed class ProcedureCard
{
    private static readonly Aspect[] CardOrder =
        [Aspect.Documents, Aspect.Fee, Aspect.Time, Aspect.InPerson, Aspect.Writing, Aspect.Online];

    private readonly MessageCatalog _messages;
    private readonly IReadOnlyDictionary<string, string> _values;

    /// <param name="messages">Headings and labels.</param>
    /// <param name="values">The office's placeholders, for the lines that name who helps and when.</param>
    public ProcedureCard(MessageCatalog messages, IReadOnlyDictionary<string, string> values)
    {
        _messages = messages ?? throw new ArgumentNullException(nameof(messages));
        _values = values ?? throw new ArgumentNullException(nameof(values));
    }

    /// <summary>The whole card, short; when the citizen asked about one part, that part comes first.</summary>
    public Reply Card(Procedure procedure, Aspect? first) => Card(procedure, first, [], []);

    /// <summary>
    /// The card with what features add: buttons (a checklist, a reminder), closing lines (the next same-day day)
    /// and opening lines (the fee worked out for the pages the message named).
    /// </summary>
    public Reply Card(Procedure procedure, Aspect? first, IReadOnlyList<ReplyButton> extraButtons, IReadOnlyList<string> footers, IReadOnlyList<string>? leads = null)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        if (procedure.Kind == ProcedureKind.Routing)
        {
            return Routing(procedure);
        }

        var text = new StringBuilder();
        text.Append(Title(procedure)).Append("\n\n");
        foreach (var lead in leads ?? [])
        {
            text.Append(lead).Append("\n\n");
        }

        if (first is { } outside && !CardOrder.Contains(outside))
        {
            // "xin ở đây được không": where (or by post) is not on the card; asked first, it is said first.
            text.Append(Section(procedure, outside, detailed: false)).Append("\n\n");
        }

        var order = first is { } asked && CardOrder.Contains(asked) ? CardOrder.Where(a => a != asked).Prepend(asked) : CardOrder;
        foreach (var aspect in order)
        {
            text.Append(Section(procedure, aspect, detailed: false)).Append("\n\n");
        }

        foreach (var footer in footers)
        {
            text.Append(footer).Append("\n\n");
        }

        text.Append(_messages["card.more"]);
        return new Reply(text.ToString().TrimEnd(), DetailButtons(procedure, extraButtons));
    }

    public Reply Detail(Procedure procedure, Aspect aspect, IReadOnlyList<ReplyButton>? extraButtons = null, IReadOnlyList<string>? leads = null)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        var opening = leads is { Count: > 0 } ? string.Join("\n\n", leads) + "\n\n" : "";
        var text = $"{Title(procedure)}\n\n{opening}{Section(procedure, aspect, detailed: true)}";
        // A routing node's part says "if it is a signature…": the routes are where to go next.
        var extra = procedure.Kind == ProcedureKind.Routing ? RouteButtons(procedure) : extraButtons ?? [];
        return new Reply(text, DetailButtons(procedure, extra));
    }

    private string Title(Procedure procedure) =>
        procedure.Code.Length > 0
            ? MessageCatalog.Fill(_messages["card.title"], new Dictionary<string, string> { ["name"] = procedure.Name, ["code"] = procedure.Code })
            : procedure.Name;

    /// <summary>One part as the card shows it, for a line under another answer.</summary>
    public string Part(Procedure procedure, Aspect aspect) => Section(procedure, aspect, detailed: false);

    /// <summary>A part without its heading, for a list of the same part of several procedures.</summary>
    public string PartBody(Procedure procedure, Aspect aspect) => Section(procedure, aspect, detailed: false)[(_messages[$"card.{Key(aspect)}"].Length + 1)..].TrimEnd();

    /// <summary>A part's heading ("💰 Lệ phí:").</summary>
    public string Heading(Aspect aspect) => _messages[$"card.{Key(aspect)}"];

    private string Section(Procedure procedure, Aspect aspect, bool detailed)
    {
        var text = new StringBuilder();
        text.Append(_messages[$"card.{Key(aspect)}"]).Append('\n');
        switch (aspect)
        {
            case Aspect.Documents:
                foreach (var document in procedure.Documents)
                {
                    text.Append("• ").Append(document.Fact.Text);
                    if (document.When is not null)
                    {
                        text.Append(" (").Append(document.When).Append(')');
                    }

                    if (detailed && document.Where is not null)
                    {
                        text.Append("\n   → ").Append(document.Where);
                    }

                    text.Append('\n');
                }

                break;
            case Aspect.Fee:
                text.Append(procedure.Fee.Text);
                if (procedure.FeeExemptions is not null)
                {
                    text.Append('\n').Append(procedure.FeeExemptions.Text);
                }

                break;
            case Aspect.Time:
                text.Append(procedure.Time.Text);
                if (detailed && procedure.SameDay.Applies)
                {
                    text.Append('\n').Append(procedure.SameDay.Fact.Text);
                }

                break;
            case Aspect.InPerson:
                text.Append(procedure.InPerson.Text);
                if (detailed)
                {
                    text.Append('\n').Append(procedure.Postal.Fact.Text);
                }

                break;
            case Aspect.Writing:
                text.Append(procedure.WritingHelpFact.Text);
                if (detailed && procedure.WritingHelp != WritingHelp.No)
                {
                    text.Append('\n').Append(MessageCatalog.Fill(_messages["card.writing.who"], _values));
                }

                break;
            case Aspect.Place:
                text.Append(MessageCatalog.Fill(_messages["card.place.office"], _values));
                if (procedure.Place is not null)
                {
                    text.Append('\n').Append(procedure.Place.Text);
                }

                text.Append('\n').Append(OnlineLine(procedure));
                break;
            case Aspect.Post:
                text.Append(procedure.Postal.Fact.Text);
                break;
            case Aspect.Online:
                text.Append(OnlineLine(procedure));
                if (detailed)
                {
                    text.Append('\n').Append(procedure.Online.Fact.Text).Append('\n').Append(procedure.Postal.Fact.Text);
                }

                break;
        }

        if (detailed && aspect == Aspect.Documents)
        {
            foreach (var note in procedure.Notes)
            {
                text.Append("ℹ️ ").Append(note.Text).Append('\n');
            }
        }

        return text.ToString().TrimEnd();
    }

    private string OnlineLine(Procedure procedure) => procedure.Online.Level switch
    {
        OnlineLevel.Full => _messages["card.online.full"],
        OnlineLevel.Partial => MessageCatalog.Fill(
            _messages["card.online.partial"],
            new Dictionary<string, string> { ["step"] = procedure.Online.InPersonStep ?? "" }),
        OnlineLevel.Unstated => _messages["card.online.unstated"],
        _ => _messages["card.online.none"],
    };

    private Reply Routing(Procedure procedure)
    {
        var text = new StringBuilder();
        text.Append(procedure.Name).Append("\n\n").Append(procedure.Summary.Text).Append("\n\n");
        foreach (var route in procedure.Routes)
        {
            text.Append("• ").Append(route.Label).Append(": ").Append(route.Fact.Text).Append('\n');
        }

        var buttons = RouteButtons(procedure)
            .Select(b => (IReadOnlyList<ReplyButton>)[b])
            .Append(NavigationRow())
            .ToList();
        return new Reply(text.ToString().TrimEnd(), buttons);
    }

    private static List<ReplyButton> RouteButtons(Procedure procedure) =>
        procedure.Routes.Where(r => r.ProcedureId is not null).Select(r => new ReplyButton(r.Label, ButtonPress.Procedure(r.ProcedureId!))).ToList();

    private List<IReadOnlyList<ReplyButton>> DetailButtons(Procedure procedure, IReadOnlyList<ReplyButton> extra)
    {
        ReplyButton Button(Aspect aspect) => new(_messages[$"button.{Key(aspect)}"], ButtonPress.Procedure(procedure.Id, aspect));
        List<IReadOnlyList<ReplyButton>> rows =
        [
            [Button(Aspect.Documents), Button(Aspect.Fee), Button(Aspect.Time)],
            [Button(Aspect.InPerson), Button(Aspect.Writing), Button(Aspect.Online)],
        ];
        rows.AddRange(extra.Chunk(2).Select(pair => (IReadOnlyList<ReplyButton>)pair));
        rows.Add(NavigationRow());
        return rows;
    }

    private IReadOnlyList<ReplyButton> NavigationRow() =>
        [new ReplyButton(_messages["button.back"], ButtonPress.Back), new ReplyButton(_messages["button.menu"], ButtonPress.Menu)];

    /// <summary>The message-key spelling of an aspect: "in-person" for <see cref="Aspect.InPerson"/>.</summary>
    public static string Key(Aspect aspect) => aspect switch
    {
        Aspect.InPerson => "in-person",
        _ => aspect.ToString().ToLowerInvariant(),
    };

    /// <summary>Every key a card can ask for: a section for every aspect (a question can ask for any), a button for those on the card.</summary>
    public static IEnumerable<string> MessageKeys() =>
        Enum.GetValues<Aspect>().Select(a => $"card.{Key(a)}")
            .Concat(CardOrder.Select(a => $"button.{Key(a)}"))
            .Concat(["card.place.office", "card.title", "card.more", "card.writing.who", "card.online.full", "card.online.partial", "card.online.unstated", "card.online.none", "button.back", "button.menu"]);
}
