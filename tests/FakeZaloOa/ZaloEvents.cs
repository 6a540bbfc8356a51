using System.Globalization;
using System.Text.Json.Nodes;

namespace OneStop.FakeZaloOa;

/// <summary>Webhook events shaped as Zalo sends them: every id and timestamp a string.</summary>
public static class ZaloEvents
{
    private static long _msg = 7_000_000_000_000_000_000;

    public static string NewMsgId() => "msg" + Interlocked.Increment(ref _msg).ToString(CultureInfo.InvariantCulture);

    public static JsonObject Text(FakeZaloOptions oa, string userId, string text, DateTimeOffset at, string? msgId = null) =>
        UserEvent(oa, "user_send_text", userId, at, new JsonObject { ["text"] = text, ["msg_id"] = msgId ?? NewMsgId() });

    /// <summary>An attachment event (user_send_image, _sticker, _file, _audio, _video, _gif, _link, _location, _business_card).</summary>
    public static JsonObject Attachment(FakeZaloOptions oa, string eventName, string userId, DateTimeOffset at, string? caption = null)
    {
        var message = new JsonObject
        {
            ["msg_id"] = NewMsgId(),
            ["attachments"] = new JsonArray(new JsonObject { ["type"] = eventName["user_send_".Length..], ["payload"] = new JsonObject { ["url"] = "https://example.invalid/file" } }),
        };
        if (caption is not null)
        {
            message["text"] = caption;
        }

        return UserEvent(oa, eventName, userId, at, message);
    }

    public static JsonObject Follow(FakeZaloOptions oa, string userId, DateTimeOffset at, bool follow = true) => new()
    {
        ["app_id"] = oa.AppId,
        ["oa_id"] = oa.OaId,
        ["event_name"] = follow ? "follow" : "unfollow",
        ["follower"] = new JsonObject { ["id"] = userId },
        ["source"] = "oa_profile",
        ["timestamp"] = Ms(at),
        ["user_id_by_app"] = "app-" + userId,
    };

    /// <summary>A receipt (user_received_message, user_seen_message).</summary>
    public static JsonObject Receipt(FakeZaloOptions oa, string eventName, string userId, DateTimeOffset at) =>
        UserEvent(oa, eventName, userId, at, new JsonObject { ["msg_ids"] = new JsonArray("x"), ["msg_id"] = NewMsgId() });

    /// <summary>The echo of a message the OA sent; with <paramref name="adminId"/>, an official typed it in the OA console.</summary>
    public static JsonObject Echo(FakeZaloOptions oa, string userId, string text, DateTimeOffset at, string? adminId = null)
    {
        var sender = new JsonObject { ["id"] = oa.OaId };
        if (adminId is not null)
        {
            sender["admin_id"] = adminId;
        }

        return new JsonObject
        {
            ["app_id"] = oa.AppId,
            ["event_name"] = "oa_send_text",
            ["sender"] = sender,
            ["recipient"] = new JsonObject { ["id"] = userId },
            ["message"] = new JsonObject { ["text"] = text, ["msg_id"] = NewMsgId() },
            ["timestamp"] = Ms(at),
        };
    }

    public static JsonObject Unknown(FakeZaloOptions oa, string userId, DateTimeOffset at) =>
        UserEvent(oa, "user_reacted_message", userId, at, new JsonObject { ["msg_id"] = NewMsgId(), ["react_icon"] = "/-heart" });

    private static JsonObject UserEvent(FakeZaloOptions oa, string name, string userId, DateTimeOffset at, JsonObject message) => new()
    {
        ["app_id"] = oa.AppId,
        ["event_name"] = name,
        ["sender"] = new JsonObject { ["id"] = userId },
        ["recipient"] = new JsonObject { ["id"] = oa.OaId },
        ["message"] = message,
        ["timestamp"] = Ms(at),
        ["user_id_by_app"] = "app-" + userId,
    };

    private static string Ms(DateTimeOffset at) => at.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
}
