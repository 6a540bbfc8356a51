namespace OneStop.Domain.Handover;

/// <summary>A parsed "ho:…" payload. Anything we did not make (an unknown action, a malformed code) is refused.</summary>
public readonly record struct HandoverPress(HandoverAction Action, string Code = "")
{
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
