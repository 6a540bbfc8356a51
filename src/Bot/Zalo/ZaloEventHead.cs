using System.Text.Json;

namespace OneStop.Bot.Zalo;

/// <summary>
/// What the webhook reads of an event before storing it: its name, its timestamp (for the signature) and its
/// de-duplication key: the message's msg_id, or for events without one (follow, unfollow) the event, its user and its
/// timestamp. All ids and timestamps are strings in Zalo's events (they exceed 2^53); numbers are read as written.
/// </summary>
internal sealed record ZaloEventHead(string EventName, string Timestamp, string Key, string OaId)
{
    public static ZaloEventHead Read(ReadOnlySpan<byte> raw)
    {
        var reader = new Utf8JsonReader(raw);
        using var json = JsonDocument.ParseValue(ref reader);
        var root = json.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("A Zalo event is a JSON object.");
        }

        var name = Text(root, "event_name") ?? "";
        var timestamp = Text(root, "timestamp") ?? "";
        var user = UserOf(root) ?? "";
        var msgId = root.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.Object ? Text(message, "msg_id") : null;
        var key = msgId is { Length: > 0 } ? $"zalo:{msgId}" : $"zalo:{name}:{user}:{timestamp}";
        var oaId = Text(root, "oa_id") ?? (root.TryGetProperty("recipient", out var recipient) && recipient.ValueKind == JsonValueKind.Object ? Text(recipient, "id") : null) ?? "";
        return new ZaloEventHead(name, timestamp, key, oaId);
    }

    /// <summary>The citizen the event is about: the sender of what they sent, the recipient of what the OA sent, the follower.</summary>
    public static string? UserOf(JsonElement root)
    {
        var name = Text(root, "event_name") ?? "";
        if (root.TryGetProperty("follower", out var follower) && follower.ValueKind == JsonValueKind.Object && Text(follower, "id") is { } followerId)
        {
            return followerId;
        }

        var side = name.StartsWith("oa_", StringComparison.Ordinal) ? "recipient" : "sender";
        return root.TryGetProperty(side, out var who) && who.ValueKind == JsonValueKind.Object ? Text(who, "id") : Text(root, "user_id_by_app");
    }

    public static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}
