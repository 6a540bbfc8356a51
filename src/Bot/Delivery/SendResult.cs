using OneStop.Domain.Conversation;

namespace OneStop.Bot.Delivery;

/// <summary>
/// How a send went, as a value: every expected failure is an outcome the dispatcher handles, not an exception.
/// <see cref="Rest"/>: a reply the channel sends in parts failed after some went out; this is what is left, so a
/// retry does not send the first parts again. <see cref="MessageId"/>: the channel's id of what was sent, where a
/// later message edits it (a progress line) or a feature links back to it (a receipt).
/// </summary>
public sealed record SendResult(SendOutcome Outcome, TimeSpan RetryAfter = default, string Reason = "", Reply? Rest = null)
{
    public static readonly SendResult Sent = new(SendOutcome.Sent);

    /// <summary>The channel's id of the (first) message sent, when the channel gives one; a string, as ids are on every channel.</summary>
    public string? MessageId { get; init; }

    /// <summary>The platform's HTTP status or error code where it gave one (429, 403, 502…), for the metrics.</summary>
    public int? StatusCode { get; init; }

    /// <summary>
    /// On a channel with a window (Zalo): what the window allowed when this message went (free or billed), or that it
    /// refused it (a notice's report counts each); null on other channels.
    /// </summary>
    public ChannelReach? Window { get; init; }
}
