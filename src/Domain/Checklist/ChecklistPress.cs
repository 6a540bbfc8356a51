using System.Globalization;

namespace OneStop.Domain.Checklist;

/// <summary>
/// A checklist button's payload: "ck:ket-hon" (open), "ck:ket-hon:a:3:y" (answer question 3 yes), "ck:ket-hon:back",
/// "ck:ket-hon:again", "ck:chung-thuc-ban-sao:p:12" (pages), "ck:chung-thuc-ban-sao:c:2" (copies), "ck:_" (pick).
/// Questions go by their index in the file, which keeps payloads within Telegram's 64 bytes whatever the ids;
/// the feature accepts an answer only for a question on the citizen's path, so an edited file cannot mislead it.
/// </summary>
public sealed record ChecklistPress(ChecklistPressKind Kind, string ProcedureId = "", int Number = 0, ChecklistAnswer Answer = ChecklistAnswer.Yes)
{
    public const string Prefix = "ck";

    private const int MaxPayloadBytes = 64;
    private const string PickTarget = "_";

    public static string Open(string procedureId) => $"{Prefix}:{procedureId}";

    public static string Pick() => $"{Prefix}:{PickTarget}";

    public static string AnswerAt(string procedureId, int index, ChecklistAnswer answer) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}:{procedureId}:a:{index}:{(answer == ChecklistAnswer.Yes ? 'y' : 'n')}");

    public static string Back(string procedureId) => $"{Prefix}:{procedureId}:back";

    public static string Again(string procedureId) => $"{Prefix}:{procedureId}:again";

    public static string Pages(string procedureId, int pages) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}:{procedureId}:p:{pages}");

    public static string Copies(string procedureId, int copies) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}:{procedureId}:c:{copies}");

    /// <summary>Reads a payload we made; anything else (forged, truncated, out of range) is refused.</summary>
    public static bool TryParse(string payload, out ChecklistPress press)
    {
        press = new ChecklistPress(ChecklistPressKind.Pick);
        if (string.IsNullOrEmpty(payload) || payload.Length > MaxPayloadBytes || !payload.All(IsSafe))
        {
            return false;
        }

        var parts = payload.Split(':');
        if (parts.Length < 2 || parts[0] != Prefix || parts[1].Length == 0)
        {
            return false;
        }

        var id = parts[1];
        if (id == PickTarget)
        {
            return parts.Length == 2;
        }

        switch (parts[2..])
        {
            case []:
                press = new ChecklistPress(ChecklistPressKind.Open, id);
                return true;
            case ["back"]:
                press = new ChecklistPress(ChecklistPressKind.Back, id);
                return true;
            case ["again"]:
                press = new ChecklistPress(ChecklistPressKind.Again, id);
                return true;
            case ["a", var index, "y" or "n"] when Count(index, int.MaxValue, allowZero: true) is { } at:
                press = new ChecklistPress(ChecklistPressKind.Answer, id, at, parts[4] == "y" ? ChecklistAnswer.Yes : ChecklistAnswer.No);
                return true;
            case ["p", var pages] when Count(pages, CopyFee.MaxPages, allowZero: false) is { } n:
                press = new ChecklistPress(ChecklistPressKind.Pages, id, n);
                return true;
            case ["c", var copies] when Count(copies, CopyFee.MaxCopies, allowZero: false) is { } n:
                press = new ChecklistPress(ChecklistPressKind.Copies, id, n);
                return true;
            default:
                return false;
        }
    }

    private static int? Count(string text, int max, bool allowZero) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= max && (allowZero || value > 0)
            ? value
            : null;

    private static bool IsSafe(char c) => char.IsAsciiLetterOrDigit(c) || c is ':' or '-' or '_';
}
