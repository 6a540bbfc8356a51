namespace OneStop.Bot.Storage;

/// <summary>
/// A message kept up to date in place (a broadcast's progress line): the channel's id of the message that the
/// next message of the same slot edits. Id: the chat key, '|', the slot.
/// </summary>
internal sealed class MessageSlot
{
    public const string Collection = "message_slots";

    public string Id { get; set; } = "";

    public string MessageId { get; set; } = "";

    public static string Key(string chatKey, string slot) => chatKey + "|" + slot;
}
