using OneStop.Domain.Conversation;

namespace OneStop.Bot.Delivery;

/// <summary>
/// How a send went, as a value: every expected failure is an outcome the dispatcher handles, not an exception.
/// <see cref="Rest"/>: a reply the channel sends in parts failed after some went out; this is what is left, so a
/// retry does not send the first parts again. <see cref="MessageId"/>: the channel's id of what was sent, where a
/// later message edits it (a progress line).
/// </summary>
public sealed record SendResult(SendOutcome Outcome, TimeSpan RetryAfter = default, string Reason = "", Reply? Rest = null, string? MessageId = null)
{
    public static readonly SendResult Sent = new(SendOutcome.Sent);
}
