using System.Globalization;
using OneStop.Domain.Closures;
using OneStop.Domain.Text;

namespace OneStop.Bot.Closures;

/// <summary>What follows /nghidotxuat: "09/12/2026 Bão số 15" (a whole day) or "09/12/2026 sáng Ngập lụt" (half a day).</summary>
internal sealed record ClosureOrder(DateOnly Day, DayPart Part, string Reason)
{
    private static readonly string[] DateFormats = ["d/M/yyyy", "dd/MM/yyyy", "d-M-yyyy", "d.M.yyyy"];

    /// <summary>The order, or null when the argument does not start with a date (the caller shows how to write it).</summary>
    public static ClosureOrder? Parse(string argument)
    {
        var words = argument.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0 || !DateOnly.TryParseExact(words[0], DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return null;
        }

        var part = words.Length > 1 ? TextFolding.Fold(words[1]) switch
        {
            "sang" => DayPart.Morning,
            "chieu" => DayPart.Afternoon,
            _ => DayPart.WholeDay,
        } : DayPart.WholeDay;
        var reason = string.Join(' ', words.Skip(part == DayPart.WholeDay ? 1 : 2)).Trim();
        return new ClosureOrder(day, part, reason);
    }
}
