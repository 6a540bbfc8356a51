using LiteDB;
using Microsoft.Extensions.Logging;
using OneStop.Bot.Conversations;
using OneStop.Bot.Delivery;
using OneStop.Bot.Observability;
using OneStop.Bot.Staff;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Safekeeping;

/// <summary>
/// While the database cannot be written (a full disk, a failing one): the channels confirm nothing, so Telegram and
/// Zalo keep every update and deliver it again; staff are told once when it starts and once when it ends; each citizen
/// who writes meanwhile gets one short apology (their wording: error.storage* in conversation-flows/messages.yaml). These messages go to the channels directly: the outbox is in the
/// database that cannot be written. The outage ends by itself at the first commit that succeeds.
/// </summary>
internal sealed class WriteOutage(
    IEnumerable<IChannelSender> senders,
    StaffDirectory directory,
    ConversationEngine engine,
    ChatPseudonym names,
    ILogger<WriteOutage> log)
{
    private readonly Dictionary<string, IChannelSender> _senders = senders.ToDictionary(s => s.Channel, StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly HashSet<string> _apologised = new(StringComparer.Ordinal);
    private bool _failing;

    public bool Failing
    {
        get
        {
            lock (_gate)
            {
                return _failing;
            }
        }
    }

    /// <summary>An exception that says the database could not be written (as opposed to a bug in handling a message).</summary>
    public static bool IsWriteFailure(Exception ex) =>
        ex is IOException or LiteException or ObjectDisposedException or UnauthorizedAccessException;

    /// <summary>A commit failed: staff hear of it if it is the first, and each citizen among <paramref name="updates"/> not told yet gets the apology.</summary>
    public async Task FailedAsync(Exception error, IReadOnlyList<InboundUpdate> updates, CancellationToken token)
    {
        ArgumentNullException.ThrowIfNull(updates);
        bool first;
        List<ChatAddress> apologies;
        lock (_gate)
        {
            first = !_failing;
            _failing = true;
            apologies = updates.Where(u => !u.Silent).Select(u => u.Incoming.Chat).Where(c => _apologised.Add(c.Key)).ToList();
        }

        if (first)
        {
            log.LogCritical(error, "The database cannot be written; updates are not confirmed until it can, and staff are told");
            await TellStaffAsync(engine.Renderer.Say("error.storage.staff"), token);
        }
        else
        {
            log.LogWarning("The database still cannot be written: {Error}", error.Message);
        }

        var apology = new Reply(engine.Renderer.Say("error.storage"));
        foreach (var chat in apologies)
        {
            await SendQuietlyAsync(chat, apology, token);
        }
    }

    /// <summary>A commit succeeded: if writes were failing, they work again.</summary>
    public async Task SucceededAsync(CancellationToken token)
    {
        lock (_gate)
        {
            if (!_failing)
            {
                return;
            }

            _failing = false;
            _apologised.Clear();
        }

        log.LogWarning("The database can be written again; the updates kept meanwhile are being handled");
        await TellStaffAsync(engine.Renderer.Say("error.storage.staff-resumed"), token);
    }

    private async Task TellStaffAsync(string text, CancellationToken token)
    {
        foreach (var chat in directory.AlertChats(_senders.ContainsKey))
        {
            await SendQuietlyAsync(chat, new Reply(text), token);
        }
    }

    private async Task SendQuietlyAsync(ChatAddress to, Reply reply, CancellationToken token)
    {
        if (!_senders.TryGetValue(to.Channel, out var sender))
        {
            return;
        }

        try
        {
            var result = await sender.SendAsync(to, reply, token);
            if (result.Outcome != SendOutcome.Sent)
            {
                log.LogWarning("Could not tell {Chat} about the write outage: {Outcome} {Reason}", names.Of(to.Key), result.Outcome, result.Reason);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
        {
            log.LogWarning(ex, "Could not tell {Chat} about the write outage", names.Of(to.Key));
        }
    }
}
