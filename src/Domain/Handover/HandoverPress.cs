using OneStop.Domain.Conversation;

namespace OneStop.Domain.Handover;

/// <summary>
/// The "Hỏi cán bộ" buttons' payloads and their parsing. <see cref="HandoverPayload.Ask"/> (in Conversation, for the
/// engine's fallback and understanding) opens a question; the others carry the question's code, so a button on an old
/// message still acts on the question it was sent with. Anything we did not make (an unknown action, a malformed
/// code) is refused: a client can forge any payload.
/// </summary>
public readonly record struct HandoverPress(HandoverAction Action, string Code = "")
{
    /// <summary>The citizen lets the staff see how to reach this chat.</summary>
    public static string Contact(string code) => $"{HandoverPayload.Prefix}:contact:{code}";

    /// <summary>The citizen answers back into the question's thread.</summary>
    public static string Reply(string code) => $"{HandoverPayload.Prefix}:reply:{code}";

    /// <summary>The citizen closes the question.</summary>
    public static string Close(string code) => $"{HandoverPayload.Prefix}:close:{code}";

    public static bool TryParse(string payload, out HandoverPress press)
    {
        press = default;
        if (payload == HandoverPayload.Ask)
        {
            press = new HandoverPress(HandoverAction.Ask);
            return true;
        }

        var parts = (payload ?? "").Split(':');
        if (parts is not [HandoverPayload.Prefix, var action, var code] || !QuestionCode.IsWellFormed(code))
        {
            return false;
        }

        HandoverAction? parsed = action switch
        {
            "contact" => HandoverAction.Contact,
            "reply" => HandoverAction.Reply,
            "close" => HandoverAction.Close,
            _ => null,
        };
        if (parsed is not { } known)
        {
            return false;
        }

        press = new HandoverPress(known, code);
        return true;
    }
}
