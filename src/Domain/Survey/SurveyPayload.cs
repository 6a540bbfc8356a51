using System.Globalization;

namespace OneStop.Domain.Survey;

/// <summary>
/// The survey's button payloads ("sv:..."), short ASCII within Telegram's 64 bytes. <see cref="Start"/> is public
/// for other features: the reminder's "did you go?" message puts an unverified survey button on it.
/// </summary>
public static class SurveyPayload
{
    public const string Prefix = "sv";

    private const string DateFormat = "yyyyMMdd";

    /// <summary>Begins a survey without a ticket, about a procedure and a visit day when they are known.</summary>
    public static string Start(string? procedureId = null, DateOnly? visit = null) => (procedureId, visit) switch
    {
        (null, null) => "sv:start",
        (_, null) => $"sv:start:{procedureId}",
        _ => $"sv:start:{procedureId ?? NoProcedure}:{visit.Value.ToString(DateFormat, CultureInfo.InvariantCulture)}",
    };

    /// <summary>Stands for "procedure not known" in a start payload that carries a date.</summary>
    internal const string NoProcedure = "_";

    internal static string Answer(string questionId, string optionId) => $"sv:a:{questionId}:{optionId}";

    internal static string Skip(string questionId) => $"sv:skip:{questionId}";

    internal static string Day(bool sameDay) => sameDay ? "sv:day:same" : "sv:day:other";

    internal const string Stop = "sv:stop";
    internal const string NoComment = "sv:nc";
    internal const string ContactYes = "sv:contact:yes";
    internal const string ContactNo = "sv:contact:no";

    internal static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
