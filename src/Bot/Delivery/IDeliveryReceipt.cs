using OneStop.Bot.Storage;

namespace OneStop.Bot.Delivery;

/// <summary>
/// Told the channel's id of a sent message that asked for it (<see cref="OutboxMessage.Receipt"/>): "Hỏi cán bộ"
/// matches an official's reply in the staff group to the question it forwarded there. Runs before the message leaves
/// the outbox, so a crash in between sends it again and the new id is recorded too.
/// </summary>
internal interface IDeliveryReceipt
{
    void Delivered(OutboxMessage message, string channelMessageId);
}
