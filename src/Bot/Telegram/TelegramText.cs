namespace OneStop.Bot.Telegram;

/// <summary>Splits a long reply into messages Telegram accepts (at most 4096 characters), at paragraph or line breaks where possible.</summary>
internal static class TelegramText
{
    public const int MaxLength = 4096;

    public static IReadOnlyList<string> Split(string text, int maxLength = MaxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = new List<string>();
        var rest = text.Trim();
        while (rest.Length > maxLength)
        {
            var cut = BestCut(rest, maxLength);
            parts.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        parts.Add(rest.Length == 0 ? "…" : rest);
        return parts;
    }

    private static int BestCut(string text, int max)
    {
        foreach (var separator in new[] { "\n\n", "\n", " " })
        {
            var at = text.LastIndexOf(separator, max - 1, StringComparison.Ordinal);
            if (at > max / 2)
            {
                return at + separator.Length;
            }
        }

        // No break in the second half: cut hard, but never between the halves of a surrogate pair.
        return char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
    }
}
