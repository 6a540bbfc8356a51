using Microsoft.Extensions.Logging;
using OneStop.Bot.Conversations;
using OneStop.Domain.Conversation;
using OneStop.Domain.Survey;

namespace OneStop.Bot.Survey;

/// <summary>
/// Checks a ticket's deep link ("/start sv…") at the edge, where the secret and the record of used tickets are:
/// forged, used or fresh, written into the message's context for the survey to act on.
/// </summary>
internal sealed class TicketEnricher(TicketSecret secret, TicketBook book, ILogger<TicketEnricher> log) : IIncomingEnricher
{
    public Incoming Enrich(Incoming incoming)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        if (incoming.Kind != IncomingKind.Text
            || !CommandWords.TryParseSlash(incoming.Text, out var command, out var payload)
            || command != GlobalCommand.Start
            || !TicketSeal.LooksLikeTicket(payload))
        {
            return incoming;
        }

        TicketCheck check;
        SurveyTicket? ticket = null;
        if (!TicketSeal.TryOpen(payload, secret.Key, out var opened))
        {
            // Not an error of ours: a mistyped link, or someone trying their luck.
            log.LogInformation("A survey ticket link did not open with our secret (forged or damaged)");
            check = TicketCheck.Forged;
        }
        else
        {
            ticket = opened;
            check = book.IsUsed(opened) ? TicketCheck.Used : TicketCheck.Fresh;
        }

        var context = new Dictionary<string, string>(incoming.Context, StringComparer.Ordinal);
        foreach (var (key, value) in TicketContext.Describe(check, ticket))
        {
            context[key] = value;
        }

        return incoming with { Context = context };
    }
}
