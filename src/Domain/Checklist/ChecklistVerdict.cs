using System.Text;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;
using OneStop.Domain.Online;
using OneStop.Domain.SameDay;

namespace OneStop.Domain.Checklist;

/// <summary>
/// The end of a dossier check. Complete: the fee, the time, the next same-day day (from the calendar, worded as the
/// same-day feature words it), who must come, and the online route with its fee waiver while in force. Not complete:
/// each missing paper with where it comes from and whether staff can help. Facts come from the procedure file.
/// </summary>
public sealed class ChecklistVerdict(ContentCatalog content)
{
    private readonly SameDayWording _sameDay = new(content);

    public (string Text, List<IReadOnlyList<ReplyButton>> Rows) Compose(StepRenderer render, DossierCheck check, DateTime localNow)
    {
        ArgumentNullException.ThrowIfNull(render);
        ArgumentNullException.ThrowIfNull(check);
        var procedure = check.Procedure;
        var rows = new List<IReadOnlyList<ReplyButton>>();
        var lines = check.Position.Missing.Count == 0 ? Complete(render, check, localNow) : Incomplete(render, check);
        if (check.Position.Missing.Count == 0 && OnlineRouteWording.HasRoute(procedure))
        {
            rows.Add([new ReplyButton(content.Messages["button.online-route"], OnlinePress.Route(procedure.Id))]);
        }

        rows.Add([new ReplyButton(content.Messages["button.checklist.card"], ButtonPress.Procedure(procedure.Id))]);
        return (string.Join("\n\n", lines), rows);
    }

    private List<string> Complete(StepRenderer render, DossierCheck check, DateTime localNow)
    {
        var procedure = check.Procedure;
        var lines = new List<string>
        {
            render.SayWith("checklist.complete", ("name", procedure.ShortName)),
            FeeLine(render, check),
            render.SayWith("checklist.time", ("time", procedure.Time.Text)),
        };
        if (procedure.SameDay.Applies)
        {
            lines.Add(_sameDay.Footer(localNow));
        }

        lines.Add(render.SayWith("checklist.in-person", ("in_person", procedure.InPerson.Text)));
        switch (procedure.Online.Level)
        {
            case OnlineLevel.Full:
                lines.Add(render.SayWith("checklist.online.full", ("button", content.Messages["button.online-route"])));
                break;
            case OnlineLevel.Partial:
                lines.Add(render.SayWith("checklist.online.partial", ("step", (procedure.Online.InPersonStep ?? "").TrimEnd('.'))));
                break;
            case OnlineLevel.Unstated:
                lines.Add(render.SayWith("checklist.online.unstated", ("button", content.Messages["button.online-route"])));
                break;
        }

        if (OnlineRouteWording.Relief(procedure, DateOnly.FromDateTime(localNow)) is { } relief)
        {
            lines.Add(render.SayWith("checklist.relief", ("relief", relief)));
        }

        return lines;
    }

    private List<string> Incomplete(StepRenderer render, DossierCheck check)
    {
        var missing = check.Position.Missing;
        var list = new StringBuilder(render.SayWith("checklist.incomplete", ("name", check.Procedure.ShortName)));
        for (var i = 0; i < missing.Count; i++)
        {
            list.Append('\n').Append(render.SayWith("checklist.missing", ("number", Wording.Count(i + 1)), ("text", missing[i].Text)));
            if (!string.IsNullOrWhiteSpace(missing[i].Help))
            {
                list.Append('\n').Append(render.SayWith("checklist.missing.help", ("help", missing[i].Help!)));
            }
        }

        var lines = new List<string> { list.ToString() };
        if (check.Fee is not null)
        {
            lines.Add(FeeLine(render, check));
        }

        lines.Add(render.SayWith("checklist.incomplete.after", ("again", content.Messages["button.checklist.again"])));
        return lines;
    }

    /// <summary>The certified-copy fee worked out from the counts typed; otherwise the procedure's fee as written.</summary>
    private static string FeeLine(StepRenderer render, DossierCheck check)
    {
        if (check.Fee is not { } fee || check.Procedure.PageFee is not { } rule)
        {
            return render.SayWith("checklist.fee", ("fee", check.Procedure.Fee.Text));
        }

        return CopyFeeLine(render, fee, rule);
    }

    /// <summary>"💰 Lệ phí dự tính: …" for certified copies, with the per-copy cap when it applies.</summary>
    public static string CopyFeeLine(StepRenderer render, CopyFee fee, PageFeeRule rule)
    {
        ArgumentNullException.ThrowIfNull(render);
        ArgumentNullException.ThrowIfNull(fee);
        ArgumentNullException.ThrowIfNull(rule);
        var line = render.SayWith(
            "checklist.fee.copies",
            ("total", VietnameseMoney.Dong(fee.Total)),
            ("copies", Wording.Count(fee.Copies)),
            ("pages", Wording.Count(fee.Pages)),
            ("per_copy", VietnameseMoney.Dong(fee.PerCopy)));
        return fee.PerCopy >= rule.MaxPerCopy ? $"{line} {render.SayWith("checklist.fee.cap", ("max", VietnameseMoney.Dong(rule.MaxPerCopy)))}" : line;
    }
}
