using System.Text;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;

namespace OneStop.Domain.Online;

/// <summary>
/// The six-page guide for dichvucong.gov.vn (login with VNeID, find the procedure by its code, choose the province and
/// commune, upload photos, pay, choose how to receive the result), one short page at a time for slow readers. For a
/// procedure its code, papers, fee (with a waiver in force) and result options are filled in; for any, the page says
/// where to look. There is no deep link per procedure: see the sources in messages/online.yaml.
/// </summary>
public sealed class OnlineGuideWording(ContentCatalog content)
{
    public static readonly IReadOnlyList<string> Keys =
    [
        "online.guide.login", "online.guide.find", "online.guide.find.any", "online.guide.place", "online.guide.upload",
        "online.guide.documents", "online.guide.documents.any", "online.guide.pay", "online.guide.fee", "online.guide.result",
        "online.guide.result.partial", "online.relief", "button.online-next", "button.online-previous", "button.online-portal",
        "button.online-provincial", "button.postal", "button.checklist.card", "button.menu",
    ];

    public Reply Page(StepRenderer render, Procedure? procedure, int page, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(render);
        var text = page switch
        {
            1 => render.Say("online.guide.login"),
            2 when procedure is { Code.Length: > 0 } => render.SayWith("online.guide.find", ("code", procedure.Code), ("name", procedure.Name)),
            2 => render.Say("online.guide.find.any"),
            3 => render.Say("online.guide.place"),
            4 => render.SayWith("online.guide.upload", ("documents", Documents(render, procedure))),
            5 => render.SayWith("online.guide.pay", ("fee", Fee(render, procedure, today))),
            _ => render.SayWith("online.guide.result", ("result", Result(render, procedure))),
        };

        // A page for any procedure leaves its procedure lines empty: drop them rather than show gaps.
        var lines = text.Split('\n').Where(l => l.Trim().Length > 0);
        return new Reply(string.Join('\n', lines), Buttons(procedure?.Id, page));
    }

    private List<IReadOnlyList<ReplyButton>> Buttons(string? procedureId, int page)
    {
        var paging = new List<ReplyButton>();
        if (page > 1)
        {
            paging.Add(new ReplyButton(content.Messages["button.online-previous"], OnlinePress.Guide(procedureId, page - 1)));
        }

        if (page < OnlinePress.GuidePages)
        {
            paging.Add(new ReplyButton(content.Messages["button.online-next"], OnlinePress.Guide(procedureId, page + 1)));
        }

        var rows = new List<IReadOnlyList<ReplyButton>> { paging };
        if (page == 1)
        {
            rows.Add(OnlineRouteWording.PortalLinks(content, ("national", "button.online-portal")));
        }
        else if (page == 2)
        {
            rows.Add(OnlineRouteWording.PortalLinks(content, ("national", "button.online-portal"), ("provincial", "button.online-provincial")));
        }
        else if (page == OnlinePress.GuidePages)
        {
            rows.Add([new ReplyButton(content.Messages["button.postal"], OnlinePress.Postal(procedureId))]);
        }

        if (procedureId is not null)
        {
            rows.Add([new ReplyButton(content.Messages["button.checklist.card"], ButtonPress.Procedure(procedureId))]);
        }

        rows.Add([new ReplyButton(content.Messages["button.menu"], ButtonPress.Menu)]);
        return rows.Where(r => r.Count > 0).ToList();
    }

    private static string Documents(StepRenderer render, Procedure? procedure)
    {
        if (procedure is null)
        {
            return render.Say("online.guide.documents.any");
        }

        var text = new StringBuilder(render.Say("online.guide.documents"));
        foreach (var document in procedure.Documents)
        {
            text.Append("\n• ").Append(document.Fact.Text);
            if (document.When is not null)
            {
                text.Append(" (").Append(document.When).Append(')');
            }
        }

        return text.ToString();
    }

    private static string Fee(StepRenderer render, Procedure? procedure, DateOnly today)
    {
        if (procedure is null)
        {
            return "";
        }

        var text = render.SayWith("online.guide.fee", ("fee", procedure.Fee.Text));
        return OnlineRouteWording.Relief(procedure, today) is { } relief ? $"{text}\n{render.SayWith("online.relief", ("relief", relief))}" : text;
    }

    private static string Result(StepRenderer render, Procedure? procedure)
    {
        if (procedure is null)
        {
            return "";
        }

        var text = "• " + procedure.Postal.Fact.Text;
        return procedure.Online.Level == OnlineLevel.Partial
            ? $"{text}\n{render.SayWith("online.guide.result.partial", ("step", OnlineRouteWording.InPersonStep(procedure)))}"
            : text;
    }
}
