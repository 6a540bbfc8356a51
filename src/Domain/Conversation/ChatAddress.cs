namespace OneStop.Domain.Conversation;

/// <summary>
/// A chat on some channel. Ids are strings because Zalo's exceed 2^53 and Telegram's are 64-bit:
/// neither survives a trip through a double.
/// </summary>
public readonly record struct ChatAddress(string Channel, string Id)
{
    public string Key => $"{Channel}:{Id}";

    public static ChatAddress Parse(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        return colon <= 0
            ? throw new FormatException($"'{key}' is not a chat key of the form channel:id.")
            : new ChatAddress(key[..colon], key[(colon + 1)..]);
    }

    public override string ToString() => Key;
}
