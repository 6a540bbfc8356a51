using OneStop.Domain.Content;
using OneStop.Domain.Understanding;

namespace OneStop.Domain.Conversation;

/// <summary>
/// What a button's payload means. Payloads are short ASCII ("p:ket-hon:Fee") because Telegram allows
/// 64 bytes, and self-describing, so a button on an old message still does what its label says.
/// A client can send any payload: <see cref="TryParse"/> rejects what we did not make.
/// </summary>
public sealed record ButtonPress(PressKind Kind, string Id = "", Aspect? Aspect = null)
{
    /// <summary>For <see cref="PressKind.Ask"/>: the request to answer now.</summary>
    public Request? Request { get; init; }

    public const int MaxPayloadBytes = 64;

    public static string Flow(string buttonId) => $"f:{buttonId}";

    public static string Procedure(string procedureId, Aspect? aspect = null) =>
        aspect is null ? $"p:{procedureId}" : $"p:{procedureId}:{aspect}";

    /// <summary>A request understood from an earlier message, offered as a button ("q:reminder", "q:fee:khai-tu").</summary>
    public static string Ask(Request request) =>
        request.ProcedureId is { } id ? $"q:{RequestLabels.Name(request.Kind)}:{id}" : $"q:{RequestLabels.Name(request.Kind)}";

    public const string Menu = "menu";
    public const string Back = "back";

    /// <summary>The confirm-delete step's buttons, answered by <see cref="DataDeletionFeature"/>.</summary>
    public const string DeleteYes = "del:yes";
    public const string DeleteNo = "del:no";

    public static bool TryParse(string payload, out ButtonPress press)
    {
        press = new ButtonPress(PressKind.Menu);
        if (string.IsNullOrEmpty(payload) || payload.Length > MaxPayloadBytes || !payload.All(IsSafe))
        {
            return false;
        }

        switch (payload)
        {
            case Menu:
                return true;
            case Back:
                press = new ButtonPress(PressKind.Back);
                return true;
        }

        var parts = payload.Split(':');
        switch (parts)
        {
            case ["f", var id] when id.Length > 0:
                press = new ButtonPress(PressKind.Flow, id);
                return true;
            case ["q", var kind, ..] when parts.Length <= 3 && RequestLabels.TryParseKind(kind, out var asked) && asked is not (RequestKind.Topic or RequestKind.Unknown):
                press = new ButtonPress(PressKind.Ask, parts.Length == 3 ? parts[2] : "") { Request = new Request(asked, parts.Length == 3 ? parts[2] : null) };
                return true;
            case ["p", var id] when id.Length > 0:
                press = new ButtonPress(PressKind.Procedure, id);
                return true;
            case ["p", var id, var aspect] when id.Length > 0 && Enum.TryParse<Aspect>(aspect, out var parsed) && Enum.IsDefined(parsed):
                press = new ButtonPress(PressKind.Procedure, id, parsed);
                return true;
            default:
                return false;
        }
    }

    private static bool IsSafe(char c) => char.IsAsciiLetterOrDigit(c) || c is ':' or '-' or '_';
}
