using System.Text.Json;

namespace OneStop.FakeBotApi;

/// <summary>Reads the buttons of reply_markup.inline_keyboard.</summary>
internal static class InlineKeyboard
{
    private static readonly IReadOnlyList<IReadOnlyList<(string, string?, string?)>> None = [];

    public static IReadOnlyList<IReadOnlyList<(string Text, string? CallbackData, string? Url)>> Parse(string? replyMarkupJson)
    {
        if (string.IsNullOrEmpty(replyMarkupJson))
        {
            return None;
        }

        using var document = JsonDocument.Parse(replyMarkupJson);
        return Parse(document.RootElement);
    }

    public static IReadOnlyList<IReadOnlyList<(string Text, string? CallbackData, string? Url)>> Parse(JsonElement markup)
    {
        if (markup.ValueKind != JsonValueKind.Object
            || !markup.TryGetProperty("inline_keyboard", out var keyboard)
            || keyboard.ValueKind != JsonValueKind.Array)
        {
            return None;
        }

        var rows = new List<IReadOnlyList<(string, string?, string?)>>(keyboard.GetArrayLength());
        foreach (var row in keyboard.EnumerateArray())
        {
            var buttons = new List<(string, string?, string?)>();
            if (row.ValueKind == JsonValueKind.Array)
            {
                foreach (var button in row.EnumerateArray())
                {
                    buttons.Add((Field(button, "text") ?? "", Field(button, "callback_data"), Field(button, "url")));
                }
            }

            rows.Add(buttons);
        }

        return rows;
    }

    private static string? Field(JsonElement button, string name) =>
        button.ValueKind == JsonValueKind.Object
        && button.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
