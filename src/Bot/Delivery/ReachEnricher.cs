using OneStop.Bot.Conversations;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Delivery;

/// <summary>
/// Tells a turn how long the channel will let the bot write to this citizen on its own (<see cref="ProactiveReach"/>),
/// so a reminder is promised only where it can arrive. Channels without a window add nothing.
/// </summary>
internal sealed class ReachEnricher(IEnumerable<IChannelReach> reaches, TimeProvider time) : IIncomingEnricher
{
    private readonly Dictionary<string, IChannelReach> _byChannel = reaches.ToDictionary(r => r.Channel, StringComparer.Ordinal);

    public Incoming Enrich(Incoming incoming)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        if (incoming.Kind is not (IncomingKind.Text or IncomingKind.Button) || !_byChannel.TryGetValue(incoming.Chat.Channel, out var reach))
        {
            return incoming;
        }

        var context = new Dictionary<string, string>(incoming.Context, StringComparer.Ordinal);
        foreach (var (key, value) in reach.AfterMessageAt(time.GetUtcNow()).Describe())
        {
            context[key] = value;
        }

        return incoming with { Context = context };
    }
}
