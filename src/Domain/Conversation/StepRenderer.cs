using System.Globalization;
using System.Text;
using OneStop.Domain.Calendar;
using OneStop.Domain.Content;

namespace OneStop.Domain.Conversation;

/// <summary>
/// Turns a step into the message a citizen sees: the step's text from messages.yaml with its
/// placeholders filled from the office data, generated content, and buttons.
/// </summary>
public sealed class StepRenderer
{
    private readonly ContentCatalog _content;
    private readonly ProcedureCard _card;

    public StepRenderer(ContentCatalog content, ConversationOptions options)
    {
        _content = content ?? throw new ArgumentNullException(nameof(content));
        ArgumentNullException.ThrowIfNull(options);
        Values = BuildValues(content, options);
        _card = new ProcedureCard(content.Messages, Values);
    }

    /// <summary>Names a message may use as {placeholder}; the validator checks templates against them.</summary>
    public static IReadOnlyList<string> PlaceholderNames { get; } =
    [
        "office.name", "office.short_name", "office.commune", "office.old_names", "office.merger", "office.address",
        "office.contact", "office.hours", "office.same_day", "office.staff_on_duty", "office.everyday_help", "office.vneid",
        "same_day.weekday", "same_day.cutoff", "same_day.doubt", "office.hours.doubt", "portal.national", "portal.provincial", "retention_days",
    ];

    public IReadOnlyDictionary<string, string> Values { get; }

    public ProcedureCard Card => _card;

    public string Say(string key) => MessageCatalog.Fill(_content.Messages[key], Values);

    public string Say(string key, IReadOnlyDictionary<string, string> extra)
    {
        ArgumentNullException.ThrowIfNull(extra);
        var values = new Dictionary<string, string>(Values);
        foreach (var (name, value) in extra)
        {
            values[name] = value;
        }

        return MessageCatalog.Fill(_content.Messages[key], values);
    }

    /// <summary>The first message: who we are, the Wednesday promise, what we store, and the menu.</summary>
    public Reply Welcome(bool withMenu) =>
        new(Say("welcome"), withMenu ? StepButtons(_content.Flow.Find(_content.Flow.Start)!) : []);

    /// <summary>A menu screen or the delete question; procedure cards and feature steps are shown by the engine.</summary>
    public Reply Render(Session session)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (session.State == Flow.ConfirmDeleteStep)
        {
            return new Reply(Say("delete.confirm"),
            [
                [new ReplyButton(Say("button.delete-yes"), ButtonPress.DeleteYes), new ReplyButton(Say("button.delete-no"), ButtonPress.DeleteNo)],
            ]);
        }

        var step = _content.Flow.Find(session.State) ?? _content.Flow.Find(_content.Flow.Start)!;
        return Render(step);
    }

    public Reply Render(FlowStep step, string? lead = null)
    {
        ArgumentNullException.ThrowIfNull(step);
        var text = new StringBuilder();
        if (lead is not null)
        {
            text.Append(lead).Append("\n\n");
        }

        text.Append(Say(step.Say));
        var extra = step.Show switch
        {
            "writing-list" => ProcedureLines(p => p.WritingHelpFact.Text),
            "online-list" => ProcedureLines(p => p.Online.Level switch
            {
                OnlineLevel.Full => Say("card.online.full"),
                OnlineLevel.Partial => Say("card.online.partial", new Dictionary<string, string> { ["step"] = p.Online.InPersonStep ?? "" }),
                OnlineLevel.Unstated => Say("card.online.unstated"),
                _ => Say("card.online.none"),
            }),
            _ => "",
        };
        if (extra.Length > 0)
        {
            text.Append("\n\n").Append(extra);
        }

        return new Reply(text.ToString(), StepButtons(step));
    }

    /// <summary>One button per procedure, two to a row, in the plan's order.</summary>
    public List<IReadOnlyList<ReplyButton>> ProcedureButtons(Aspect? aspect) =>
        _content.Procedures
            .OrderBy(p => p.PlanItem)
            .Select(p => new ReplyButton(p.ShortName, ButtonPress.Procedure(p.Id, aspect)))
            .Chunk(2)
            .Select(row => (IReadOnlyList<ReplyButton>)row)
            .ToList();

    public IReadOnlyList<ReplyButton> NavigationRow() =>
        [new ReplyButton(Say("button.back"), ButtonPress.Back), new ReplyButton(Say("button.menu"), ButtonPress.Menu)];

    public IReadOnlyList<IReadOnlyList<ReplyButton>> MenuOnly() => [[new ReplyButton(Say("button.menu"), ButtonPress.Menu)]];

    private List<IReadOnlyList<ReplyButton>> StepButtons(FlowStep step)
    {
        var rows = step.Show == "procedure-list" ? ProcedureButtons(null) : [];
        // A label may name the same-day weekday ({same_day.weekday}), so it follows office.yaml.
        rows.AddRange(step.Buttons.Select(row => (IReadOnlyList<ReplyButton>)row.Select(b => new ReplyButton(MessageCatalog.Fill(b.Label, Values), ButtonPress.Flow(b.Id))).ToList()));
        return rows;
    }

    private string ProcedureLines(Func<Procedure, string> line) =>
        string.Join('\n', _content.Procedures.OrderBy(p => p.PlanItem).Where(p => p.Kind == ProcedureKind.Procedure)
            .Select(p => $"• {p.ShortName}: {line(p)}"));

    private static Dictionary<string, string> BuildValues(ContentCatalog content, ConversationOptions options)
    {
        var office = content.Office;
        string Portal(string id) => office.Portals.FirstOrDefault(p => p.Id == id)?.Url.ToString() ?? "";
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["office.name"] = office.Name.Text,
            ["office.short_name"] = office.ShortName,
            ["office.commune"] = office.Commune,
            ["office.old_names"] = string.Join(", ", office.OldNames),
            ["office.merger"] = office.Merger.Text,
            ["office.address"] = office.Address.Text,
            ["office.contact"] = office.Contact.Text,
            ["office.hours"] = office.Hours.Fact.Said,
            ["office.hours.doubt"] = office.Hours.Fact.Doubt,
            ["office.same_day"] = office.SameDay.Said,
            ["same_day.doubt"] = office.SameDay.Doubt,
            ["office.staff_on_duty"] = office.StaffOnDuty.Text,
            ["office.everyday_help"] = office.EverydayHelp.Text,
            ["office.vneid"] = office.VneId.Text,
            ["same_day.weekday"] = VietnameseDates.Weekday(office.SameDayWeekday),
            ["same_day.cutoff"] = VietnameseDates.Time(office.Cutoff),
            ["portal.national"] = Portal("national"),
            ["portal.provincial"] = Portal("provincial"),
            ["retention_days"] = options.RetentionDays.ToString(CultureInfo.InvariantCulture),
        };
    }
}
