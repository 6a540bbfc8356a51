using OneStop.Bot.Delivery;
using OneStop.Bot.Storage;

namespace OneStop.Bot.Handover;

/// <summary>
/// Records the staff-group message id of a forwarded question (or an addition, or a reminder) once the channel
/// accepted it, so that an official's reply to that message is matched to the question.
/// </summary>
internal sealed class HandoverReceipt(HandoverStore store) : IDeliveryReceipt
{
    public const string Prefix = "ho:";

    public static string For(string code) => Prefix + code;

    public void Delivered(OutboxMessage message, string channelMessageId)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Receipt is { } receipt && receipt.StartsWith(Prefix, StringComparison.Ordinal))
        {
            store.AddGroupMessage(receipt[Prefix.Length..], StoredQuestion.MessageKey(message.ChatKey, channelMessageId));
        }
    }
}
