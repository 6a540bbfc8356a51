using OneStop.Bot.Delivery;

namespace OneStop.Bot.Observability;

/// <summary>Why a send failed, in the few words a dashboard groups by (the error.type label of onestop.sends.failed).</summary>
internal static class SendFailure
{
    /// <summary>Null when the send succeeded.</summary>
    public static string? Of(SendResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Outcome switch
        {
            SendOutcome.Sent => null,
            SendOutcome.RetryAfter => "429",
            SendOutcome.Unreachable => "403",
            SendOutcome.Rejected when result.Window is not null => "window",
            SendOutcome.Transient when result.StatusCode is >= 500 => "5xx",
            _ => "other",
        };
    }
}
