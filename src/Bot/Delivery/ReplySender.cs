using Microsoft.Extensions.Logging;
using OneStop.Bot.Storage;

namespace OneStop.Bot.Delivery;

/// <summary>
/// One call to a channel for a reply, a staff message or a reminder: its turn at the <see cref="SendGate"/>, the
/// edit of a slot's message (a broadcast's progress) instead of a new one, and the receipts of what was delivered.
/// An unexpected failure comes back as a transient outcome, never as an exception.
/// </summary>
internal sealed class ReplySender(OutboxStore store, SendGate gate, IReadOnlyList<IDeliveryReceipt> receipts, ILogger log)
{
    public async Task<SendResult> SendAsync(IChannelSender sender, OutboxMessage message, CancellationToken abandon)
    {
        try
        {
            if (message.Kind != OutboxKind.Reminder)
            {
                gate.TakeReplyTurn();
            }

            if (!message.HasExtras)
            {
                var result = await sender.SendAsync(message.Chat, message.ToReply(), abandon);
                gate.Touched(message.ChatKey);
                return result;
            }

            // A slot's first message is sent; the later ones edit it.
            var slotMessage = message.Slot is { } slot ? store.SlotMessage(message.ChatKey, slot) : null;
            var sent = await sender.SendWithExtrasAsync(message.Chat, message.ToReply(), message.Extras(slotMessage), abandon);
            gate.Touched(message.ChatKey);
            if (sent is { Outcome: SendOutcome.Sent, MessageId: { } id } && message.Slot is { } kept && slotMessage is null)
            {
                store.RememberSlot(message.ChatKey, kept, id);
            }

            return sent;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogError(ex, "Sending message {Id} failed unexpectedly", message.Id);
            return new SendResult(SendOutcome.Transient, Reason: ex.Message);
        }
    }

    /// <summary>Tells those who keep a link to sent messages (a citizen's question forwarded to staff) the channel's id.</summary>
    public void Receipt(OutboxMessage message, SendResult result)
    {
        if (message.Receipt is null || result.MessageId is not { } id)
        {
            return;
        }

        foreach (var receipt in receipts)
        {
            try
            {
                receipt.Delivered(message, id);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The message went out; only the link back to it is lost (an official can still answer by its code).
                log.LogError(ex, "Recording the id of sent message {Id} failed", message.Id);
            }
        }
    }
}
