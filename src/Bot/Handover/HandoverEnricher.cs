using Microsoft.Extensions.Options;
using OneStop.Bot.Conversations;
using OneStop.Bot.Staff;
using OneStop.Domain.Conversation;
using OneStop.Domain.Handover;

namespace OneStop.Bot.Handover;

/// <summary>
/// Tells the turn which question the chat has open (an official may have closed it since the last message), and when
/// no staff group is configured, that a new question would reach nobody.
/// </summary>
internal sealed class HandoverEnricher(HandoverStore store, IOptionsMonitor<StaffOptions> staff) : IIncomingEnricher
{
    public Incoming Enrich(Incoming incoming)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        if (incoming.Kind is not (IncomingKind.Text or IncomingKind.Button))
        {
            return incoming;
        }

        var open = store.OpenCodeOf(incoming.Chat.Key);
        var unstaffed = staff.CurrentValue.GroupChatId is null;
        if (open is null && !unstaffed)
        {
            return incoming;
        }

        var context = new Dictionary<string, string>(incoming.Context, StringComparer.Ordinal);
        if (open is not null)
        {
            context[HandoverContext.OpenCode] = open;
        }

        if (unstaffed)
        {
            context[HandoverContext.Unstaffed] = "1";
        }

        return incoming with { Context = context };
    }
}
