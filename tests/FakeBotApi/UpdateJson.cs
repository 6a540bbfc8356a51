using System.Text.Json;
using static System.FormattableString;

namespace OneStop.FakeBotApi;

/// <summary>Builds the Update objects the server queues, serialized once at enqueue time.</summary>
internal static class UpdateJson
{
    public static string Text(long updateId, long messageId, long date, long chatId, string chatType, long fromId, string text) =>
        JsonText.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("update_id", updateId);
            writer.WriteStartObject("message");
            writer.WriteNumber("message_id", messageId);
            TelegramObjects.WriteUser(writer, "from", fromId);
            TelegramObjects.WriteChat(writer, chatId, chatType);
            writer.WriteNumber("date", date);
            writer.WriteString("text", text);
            if (text.StartsWith('/'))
            {
                // Telegram marks a leading command as an entity; some bots route on it rather than on the text.
                var end = text.AsSpan().IndexOfAny(' ', '\n');
                writer.WriteStartArray("entities");
                writer.WriteStartObject();
                writer.WriteNumber("offset", 0);
                writer.WriteNumber("length", end < 0 ? text.Length : end);
                writer.WriteString("type", "bot_command");
                writer.WriteEndObject();
                writer.WriteEndArray();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        });

    /// <summary>A button press on <paramref name="message"/> (the bot's message, when the server knows it).</summary>
    public static string Callback(long updateId, long date, long chatId, string data, long messageId, SentMessage? message, string kind) =>
        JsonText.Write(writer =>
        {
            var chatType = TelegramObjects.ChatTypeOf(chatId);
            writer.WriteStartObject();
            writer.WriteNumber("update_id", updateId);
            writer.WriteStartObject("callback_query");
            writer.WriteString("id", Invariant($"cb-{updateId}"));
            TelegramObjects.WriteUser(writer, "from", TelegramObjects.UserIdOf(chatId, chatType));
            writer.WritePropertyName("message");
            TelegramObjects.WriteBotMessage(
                writer,
                message ?? new SentMessage(chatId, messageId, ApiMethods.SendMessage, "", null, null, default),
                kind,
                message is null ? date : message.At.ToUnixTimeSeconds(),
                editDate: null,
                withMarkup: true);
            writer.WriteString("chat_instance", "ci");
            writer.WriteString("data", data);
            writer.WriteEndObject();
            writer.WriteEndObject();
        });

    public static string MyChatMember(long updateId, long date, long chatId, string oldStatus, string newStatus) =>
        JsonText.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("update_id", updateId);
            writer.WriteStartObject("my_chat_member");
            TelegramObjects.WriteChat(writer, chatId, "private");
            TelegramObjects.WriteUser(writer, "from", chatId);
            writer.WriteNumber("date", date);
            WriteBotMember(writer, "old_chat_member", oldStatus);
            WriteBotMember(writer, "new_chat_member", newStatus);
            writer.WriteEndObject();
            writer.WriteEndObject();
        });

    /// <summary>Adds "update_id" to a caller's JSON object, or keeps the one it has.</summary>
    public static (long? GivenId, string Type) Inspect(string updateJson)
    {
        using var document = JsonDocument.Parse(updateJson);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("An update must be a JSON object, e.g. {\"message\":{...}}.", nameof(updateJson));
        }

        long? givenId = null;
        var type = "";
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (property.NameEquals("update_id"))
            {
                givenId = property.Value.GetInt64();
            }
            else if (type.Length == 0)
            {
                type = property.Name;
            }
        }

        return (givenId, type);
    }

    public static string WithId(long updateId, string updateJson)
    {
        var body = updateJson.AsSpan().Trim()[1..].TrimStart();
        var separator = body.StartsWith("}") ? "" : ",";
        return string.Concat(Invariant($"{{\"update_id\":{updateId}"), separator, body);
    }

    private static void WriteBotMember(Utf8JsonWriter writer, string propertyName, string status)
    {
        writer.WriteStartObject(propertyName);
        writer.WriteString("status", status);
        TelegramObjects.WriteBotUser(writer, "user");
        if (status == "kicked")
        {
            writer.WriteNumber("until_date", 0);
        }

        writer.WriteEndObject();
    }
}
