using System.Net;
using System.Text;
using System.Text.Json;

namespace OneStop.FakeBotApi;

/// <summary>
/// The limits Telegram enforces on what a bot sends, so that a test fails where production would.
/// Each check returns Telegram's description of the 400, or null when the value is fine.
/// </summary>
internal static class MessageRules
{
    public const int MaxTextLength = 4096;
    public const int MaxCaptionLength = 1024;
    public const int MaxCallbackDataBytes = 64;

    public static string? CheckText(string? text, string? parseMode)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "Bad Request: message text is empty";
        }

        return VisibleLength(text, parseMode) > MaxTextLength ? "Bad Request: message is too long" : null;
    }

    public static string? CheckCaption(string? caption, string? parseMode) =>
        caption is not null && VisibleLength(caption, parseMode) > MaxCaptionLength
            ? "Bad Request: message caption is too long"
            : null;

    public static string? CheckMarkup(JsonElement markup)
    {
        if (markup.ValueKind != JsonValueKind.Object || !markup.TryGetProperty("inline_keyboard", out var keyboard))
        {
            return null;
        }

        if (keyboard.ValueKind != JsonValueKind.Array)
        {
            return "Bad Request: field \"inline_keyboard\" of the InlineKeyboardMarkup should be an Array of Arrays";
        }

        foreach (var row in keyboard.EnumerateArray())
        {
            if (row.ValueKind != JsonValueKind.Array)
            {
                return "Bad Request: field \"inline_keyboard\" of the InlineKeyboardMarkup should be an Array of Arrays";
            }

            foreach (var button in row.EnumerateArray())
            {
                if (CheckButton(button) is { } problem)
                {
                    return problem;
                }
            }
        }

        return null;
    }

    private static string? CheckButton(JsonElement button)
    {
        if (button.ValueKind != JsonValueKind.Object)
        {
            return "Bad Request: can't parse inline keyboard button: InlineKeyboardButton must be an Object";
        }

        var hasAction = false;
        foreach (var property in button.EnumerateObject())
        {
            if (property.NameEquals("callback_data"))
            {
                // 1-64 bytes of UTF-8: Vietnamese letters take two or three bytes each.
                var bytes = property.Value.ValueKind == JsonValueKind.String
                    ? Encoding.UTF8.GetByteCount(property.Value.GetString()!)
                    : 0;
                if (bytes is 0 or > MaxCallbackDataBytes)
                {
                    return "Bad Request: BUTTON_DATA_INVALID";
                }
            }

            hasAction |= !property.NameEquals("text");
        }

        return hasAction ? null : "Bad Request: text buttons are unallowed in the inline keyboard";
    }

    /// <summary>Telegram counts the limit after parsing entities: HTML tags do not count, &amp;lt; counts as one.</summary>
    private static int VisibleLength(string text, string? parseMode)
    {
        if (!string.Equals(parseMode, "HTML", StringComparison.OrdinalIgnoreCase) || !text.Contains('<', StringComparison.Ordinal) && !text.Contains('&', StringComparison.Ordinal))
        {
            return text.Length;
        }

        var visible = new StringBuilder(text.Length);
        var inTag = false;
        foreach (var c in text)
        {
            if (c == '<')
            {
                inTag = true;
            }
            else if (c == '>' && inTag)
            {
                inTag = false;
            }
            else if (!inTag)
            {
                visible.Append(c);
            }
        }

        return WebUtility.HtmlDecode(visible.ToString()).Length;
    }
}
