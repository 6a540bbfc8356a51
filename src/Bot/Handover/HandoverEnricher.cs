using OneStop.Bot.Conversations;
using OneStop.Domain.Conversation;
using OneStop.Domain.Handover;

namespace OneStop.Bot.Handover;

/// <summary>Tells the turn which question the chat has open (an official may have closed it since the last message).</summary>
internal sealed class HandoverEnricher(HandoverStore store) : IIncomingEnricher
{
    public Incoming Enrich(Incoming incoming)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        if (incoming.Kind is not (IncomingKind.Text or IncomingKind.Button) || store.OpenCodeOf(incoming.Chat.Key) is not { } code)
        {
            return incoming;
        }

        var context = new Dictionary<string, string>(incoming.Context, StringComparer.Ordinal) { [HandoverContext.OpenCode] = code };
        return incoming with { Context = context };
    }
}
