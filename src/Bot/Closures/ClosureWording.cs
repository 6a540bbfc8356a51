using OneStop.Domain.Calendar;
using OneStop.Domain.Closures;
using OneStop.Domain.Content;

namespace OneStop.Bot.Closures;

/// <summary>What closures say (messages/closures.yaml), to citizens and to officials.</summary>
internal sealed class ClosureWording
{
    private readonly ContentCatalog _content;

    // The keys are required by `validate` and at start-up (ClosureMessageKeys, part of the calendar's messages).
    public ClosureWording(ContentCatalog content) => _content = content;

    public string Reason(string typed) => Say("closure.reason", ("reason", typed));

    public string Part(DayPart part) => Say(part switch
    {
        DayPart.Morning => "closure.part.morning",
        DayPart.Afternoon => "closure.part.afternoon",
        _ => "closure.part.whole",
    });

    public string Say(string key, params (string Name, string Value)[] values)
    {
        var all = values.Append(("office", _content.Office.Name.Text)).ToDictionary(v => v.Item1, v => v.Item2, StringComparer.Ordinal);
        return MessageCatalog.Fill(_content.Messages[key], all);
    }

    public static string Day(DateOnly day) => VietnameseDates.Day(day);
}
