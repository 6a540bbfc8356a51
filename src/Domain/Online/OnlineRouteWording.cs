using System.Text;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;

namespace OneStop.Domain.Online;

/// <summary>
/// The online and postal routes in the commune's words (messages/online.yaml): which procedure, a procedure's route page
/// (online level, the step that still needs presence, a fee waiver while in force, the post), and the postal page.
/// The step-by-step guide is <see cref="OnlineGuideWording"/>. Facts come from the procedure files.
/// </summary>
public sealed class OnlineRouteWording(ContentCatalog content)
{
    public static readonly IReadOnlyList<string> Keys =
    [
        "online.pick", "online.route.title", "online.route.code", "online.level.full", "online.level.partial", "online.level.unstated", "online.level.none",
        "online.route.postal", "online.relief", "postal.info", "postal.both", "postal.partly", "postal.none", "postal.unsure",
        "online.footer.relief", "button.online-route", "button.online-guide", "button.online-portal", "button.postal", "button.back",
        "button.menu", "button.checklist.card",
        .. OnlineGuideWording.Keys,
    ];

    /// <summary>Whether a procedure has anything to say about filing from home: online at all, or by post.</summary>
    public static bool HasRoute(Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        return procedure.Kind == ProcedureKind.Procedure
            && (procedure.Online.Level != OnlineLevel.None || procedure.Postal.SendDossier || procedure.Postal.ReceiveResult);
    }

    /// <summary>The waiver's text on the days it is in force (commune dates), else null.</summary>
    public static string? Relief(Procedure procedure, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        return procedure.OnlineFeeRelief is { } relief && relief.AppliesOn(today) ? relief.Fact.Text : null;
    }

    public string Label(string key) => content.Messages[key];

    public Reply Picker(StepRenderer render)
    {
        ArgumentNullException.ThrowIfNull(render);
        var rows = content.Procedures
            .Where(p => p.Kind == ProcedureKind.Procedure)
            .OrderBy(p => p.PlanItem)
            .Select(p => new ReplyButton(p.ShortName, OnlinePress.Route(p.Id)))
            .Chunk(2)
            .Select(row => (IReadOnlyList<ReplyButton>)row)
            .ToList();
        rows.Add([new ReplyButton(Label("button.online-guide"), OnlinePress.Guide(null, 1)), new ReplyButton(Label("button.postal"), OnlinePress.Postal(null))]);
        rows.Add(render.NavigationRow());
        return new Reply(render.Say("online.pick"), rows);
    }

    public Reply Route(StepRenderer render, Procedure procedure, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(render);
        ArgumentNullException.ThrowIfNull(procedure);
        var lines = new List<string> { render.SayWith("online.route.title", ("name", procedure.Name)) };
        if (procedure.Code.Length > 0)
        {
            lines.Add(render.SayWith("online.route.code", ("code", procedure.Code)));
        }

        lines.Add(procedure.Online.Level switch
        {
            OnlineLevel.Full => render.Say("online.level.full"),
            OnlineLevel.Partial => render.SayWith("online.level.partial", ("step", InPersonStep(procedure))),
            OnlineLevel.Unstated => render.Say("online.level.unstated"),
            _ => render.Say("online.level.none"),
        });
        lines.Add(procedure.Online.Fact.Text);
        if (Relief(procedure, today) is { } relief)
        {
            lines.Add(render.SayWith("online.relief", ("relief", relief)));
        }

        lines.Add(render.SayWith("online.route.postal", ("postal", procedure.Postal.Fact.Text)));
        var rows = new List<IReadOnlyList<ReplyButton>>();
        if (procedure.Online.Level != OnlineLevel.None)
        {
            rows.Add([new ReplyButton(Label("button.online-guide"), OnlinePress.Guide(procedure.Id, 1))]);
            rows.Add(PortalLinks(content, ("national", "button.online-portal")));
        }

        rows.Add([new ReplyButton(Label("button.postal"), OnlinePress.Postal(procedure.Id)), new ReplyButton(Label("button.checklist.card"), ButtonPress.Procedure(procedure.Id))]);
        rows.Add(render.NavigationRow());
        return new Reply(string.Join("\n", lines), rows.Where(r => r.Count > 0).ToList());
    }

    /// <summary>What the postal service is, and for each procedure whether it can send the dossier, receive the result, or neither.</summary>
    public Reply Postal(StepRenderer render, Procedure? procedure)
    {
        ArgumentNullException.ThrowIfNull(render);
        var text = new StringBuilder(render.Say("postal.info"));
        foreach (var each in content.Procedures.OrderBy(p => p.PlanItem))
        {
            var key = (each.Postal.SendDossier, each.Postal.ReceiveResult) switch
            {
                // Where the reference is silent the file says so; the mark must not look like a firm "no".
                _ when each.Postal.Fact.Confidence == Confidence.Uncertain => "postal.unsure",
                (true, true) => "postal.both",
                (false, false) => "postal.none",
                _ => "postal.partly",
            };
            text.Append('\n').Append(render.SayWith(key, ("name", each.ShortName), ("postal", each.Postal.Fact.Text)));
        }

        var rows = new List<IReadOnlyList<ReplyButton>>();
        if (procedure is not null)
        {
            rows.Add([new ReplyButton(Label("button.online-route"), OnlinePress.Route(procedure.Id))]);
        }

        rows.Add(render.NavigationRow());
        return new Reply(text.ToString(), rows);
    }

    public static string? Footer(StepRenderer render, Procedure procedure, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(render);
        return Relief(procedure, today) is { } relief ? render.SayWith("online.footer.relief", ("relief", relief)) : null;
    }

    internal static string InPersonStep(Procedure procedure) => (procedure.Online.InPersonStep ?? "").TrimEnd('.');

    /// <summary>Link buttons to the portals of office.yaml, by id; a portal the file lacks gets no button.</summary>
    internal static List<ReplyButton> PortalLinks(ContentCatalog content, params (string PortalId, string LabelKey)[] portals) =>
        portals
            .Select(p => (Portal: content.Office.Portals.FirstOrDefault(x => x.Id == p.PortalId), p.LabelKey))
            .Where(p => p.Portal is not null)
            .Select(p => ReplyButton.Link(content.Messages[p.LabelKey], p.Portal!.Url))
            .ToList();
}
