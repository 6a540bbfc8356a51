namespace OneStop.Domain.Text;

/// <summary>
/// A citizen's message made ready for matching: folded to plain words, with chat shorthand expanded
/// ("dkkh" → "dang ky ket hon", "bn" → "bao nhieu") from shorthand.yaml.
/// </summary>
public sealed class ChatText
{
    private readonly Dictionary<string, string[]> _expansions;

    public ChatText(IReadOnlyDictionary<string, string> shorthand)
    {
        ArgumentNullException.ThrowIfNull(shorthand);
        _expansions = shorthand.ToDictionary(
            pair => TextFolding.Fold(pair.Key),
            pair => TextFolding.Words(pair.Value).ToArray(),
            StringComparer.Ordinal);
    }

    /// <summary>
    /// Emoji that say something on their own: a "👍" after an answer is an "ok", a "🙏" a thanks. Folding drops every
    /// symbol, so without this a lone "👍" read as nothing at all ("em chưa hiểu").
    /// </summary>
    private static readonly (string Emoji, string Words)[] SayingEmoji =
        [("👍", " ok "), ("👌", " ok "), ("🆗", " ok "), ("✅", " ok "), ("🙂", " ok "), ("😊", " ok "), ("😀", " ok "), ("😄", " ok "), ("🙏", " cam on "), ("💐", " cam on "), ("❤️", " cam on "), ("❤", " cam on ")];

    public IReadOnlyList<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var (emoji, said) in SayingEmoji)
        {
            if (text.Contains(emoji, StringComparison.Ordinal))
            {
                text = text.Replace(emoji, said, StringComparison.Ordinal);
            }
        }

        var words = new List<string>();
        foreach (var word in TextFolding.Words(text))
        {
            // "kh" is "không" in chat, but "đk kh" is "đăng ký kết hôn" (chat-vietnamese.md).
            if (word == "kh" && words.Count >= 2 && words[^2] == "dang" && words[^1] == "ky")
            {
                words.AddRange(["ket", "hon"]);
            }
            else if (word == "hong" && words.Count >= 1 && words[^1] is "so" or "giay" && !(words.Count >= 2 && words[^2] == "ho"))
            {
                // "hông" is "không" in chat, but "sổ hồng", "giấy hồng" are a land title; "hồ sơ hông" is "không" again.
                words.Add(word);
            }
            else if (_expansions.TryGetValue(word, out var expansion))
            {
                words.AddRange(expansion);
            }
            else
            {
                words.Add(word);
            }
        }

        return words;
    }
}
