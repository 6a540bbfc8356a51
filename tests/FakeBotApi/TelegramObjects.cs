using System.Text.Json;
using static System.FormattableString;

namespace OneStop.FakeBotApi;

/// <summary>
/// Writes User, Chat and Message objects in the shapes Telegram sends, with only the fields
/// Telegram.Bot needs plus the ones a bot is likely to read.
/// </summary>
internal static class TelegramObjects
{
    public const string Token = "123456:TEST-TOKEN";
    public const long BotId = 123456;
    public const string BotUsername = "onestop_test_bot";
    public const string BotFirstName = "OneStop Test";

    /// <summary>The sender of a group message when the test names none (private chats use the chat id).</summary>
    public const long DefaultGroupMemberId = 1001;

    public static string ChatTypeOf(long chatId) => chatId < 0 ? "group" : "private";

    public static long UserIdOf(long chatId, string chatType) => chatType == "private" ? chatId : DefaultGroupMemberId;

    public static void WriteBotUser(Utf8JsonWriter writer, string propertyName)
    {
        writer.WriteStartObject(propertyName);
        writer.WriteNumber("id", BotId);
        writer.WriteBoolean("is_bot", true);
        writer.WriteString("first_name", BotFirstName);
        writer.WriteString("username", BotUsername);
        writer.WriteEndObject();
    }

    public static void WriteUser(Utf8JsonWriter writer, string propertyName, long userId)
    {
        writer.WriteStartObject(propertyName);
        writer.WriteNumber("id", userId);
        writer.WriteBoolean("is_bot", false);
        writer.WriteString("first_name", "Test");
        writer.WriteEndObject();
    }

    public static void WriteChat(Utf8JsonWriter writer, long chatId, string chatType)
    {
        writer.WriteStartObject("chat");
        writer.WriteNumber("id", chatId);
        writer.WriteString("type", chatType);
        if (chatType == "private")
        {
            writer.WriteString("first_name", "Test");
        }
        else
        {
            writer.WriteString("title", "Test group");
        }

        writer.WriteEndObject();
    }

    public static string GetMe() => JsonText.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteNumber("id", BotId);
        writer.WriteBoolean("is_bot", true);
        writer.WriteString("first_name", BotFirstName);
        writer.WriteString("username", BotUsername);
        writer.WriteBoolean("can_join_groups", true);
        writer.WriteBoolean("can_read_all_group_messages", false);
        writer.WriteBoolean("supports_inline_queries", false);
        writer.WriteBoolean("can_connect_to_business", false);
        writer.WriteBoolean("has_main_web_app", false);
        writer.WriteEndObject();
    });

    /// <summary>A message from the bot. <paramref name="kind"/> is the method that first sent it (photo, document or text).</summary>
    public static void WriteBotMessage(
        Utf8JsonWriter writer, SentMessage message, string kind, long date, long? editDate, bool withMarkup)
    {
        writer.WriteStartObject();
        writer.WriteNumber("message_id", message.MessageId);
        WriteBotUser(writer, "from");
        WriteChat(writer, message.ChatId, ChatTypeOf(message.ChatId));
        writer.WriteNumber("date", date);
        if (editDate is { } edited)
        {
            writer.WriteNumber("edit_date", edited);
        }

        switch (kind)
        {
            case ApiMethods.SendPhoto:
                WriteCaption(writer, message.Text);
                writer.WriteStartArray("photo");
                WritePhotoSize(writer, message.MessageId, "s", 90, 60);
                WritePhotoSize(writer, message.MessageId, "m", 800, 533);
                writer.WriteEndArray();
                break;
            case ApiMethods.SendDocument:
                WriteCaption(writer, message.Text);
                writer.WriteStartObject("document");
                writer.WriteString("file_id", Invariant($"document-{message.MessageId}"));
                writer.WriteString("file_unique_id", Invariant($"doc{message.MessageId}"));
                writer.WriteString("file_name", "document");
                writer.WriteString("mime_type", "application/octet-stream");
                writer.WriteEndObject();
                break;
            default:
                writer.WriteString("text", message.Text);
                break;
        }

        if (withMarkup && message.RawReplyMarkup is { } markup && markup.Contains("\"inline_keyboard\"", StringComparison.Ordinal))
        {
            // Telegram echoes only inline keyboards in a Message; other markups are not part of it.
            writer.WritePropertyName("reply_markup");
            writer.WriteRawValue(markup, skipInputValidation: true);
        }

        writer.WriteEndObject();
    }

    private static void WriteCaption(Utf8JsonWriter writer, string caption)
    {
        if (caption.Length > 0)
        {
            writer.WriteString("caption", caption);
        }
    }

    private static void WritePhotoSize(Utf8JsonWriter writer, long messageId, string size, int width, int height)
    {
        writer.WriteStartObject();
        writer.WriteString("file_id", Invariant($"photo-{messageId}-{size}"));
        writer.WriteString("file_unique_id", Invariant($"ph{messageId}{size}"));
        writer.WriteNumber("width", width);
        writer.WriteNumber("height", height);
        writer.WriteNumber("file_size", width * height / 10);
        writer.WriteEndObject();
    }
}
