namespace OneStop.Domain.Text;

/// <summary>
/// Finds known phrases in a folded message. Longer phrases win over shorter ones they overlap, so
/// "ban sao giay khai sinh" (a copy: ours) beats "khai sinh" (a birth registration: not ours).
/// When nothing matches word by word, phrases are looked for in the text with its spaces removed,
/// because people type "khaitu" and "dangkyketHon".
/// </summary>
public sealed class PhraseIndex<T>
{
    // Short glued phrases would match inside unrelated words ("kh" in "khong").
    private const int MinGluedLength = 5;

    private readonly Dictionary<string, List<(string[] Words, T Target)>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly List<(string Glued, int Words, T Target)> _glued = [];

    public void Add(string phrase, T target) => Add(TextFolding.Words(phrase), target);

    /// <summary>Adds a phrase already split into folded words (keywords pass through the same shorthand as messages).</summary>
    public void Add(IReadOnlyList<string> phrase, T target)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var words = phrase.ToArray();
        if (words.Length == 0)
        {
            return;
        }

        if (!_byFirstWord.TryGetValue(words[0], out var list))
        {
            list = [];
            _byFirstWord[words[0]] = list;
        }

        list.Add((words, target));
        var glued = string.Concat(words);
        if (glued.Length >= MinGluedLength)
        {
            _glued.Add((glued, words.Length, target));
        }
    }

    public IReadOnlyList<PhraseMatch<T>> Find(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var found = new List<PhraseMatch<T>>();
        for (var start = 0; start < words.Count; start++)
        {
            if (!_byFirstWord.TryGetValue(words[start], out var candidates))
            {
                continue;
            }

            foreach (var (phrase, target) in candidates)
            {
                if (start + phrase.Length <= words.Count && Same(words, start, phrase))
                {
                    found.Add(new PhraseMatch<T>(target, start, phrase.Length));
                }
            }
        }

        if (found.Count == 0)
        {
            found.AddRange(FindGlued(words));
        }

        return KeepLongest(found);
    }

    private IEnumerable<PhraseMatch<T>> FindGlued(IReadOnlyList<string> words)
    {
        // Only words that are not themselves known phrases can hide a glued one.
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Length < MinGluedLength)
            {
                continue;
            }

            foreach (var (glued, count, target) in _glued)
            {
                if (word.Contains(glued, StringComparison.Ordinal))
                {
                    yield return new PhraseMatch<T>(target, i, count);
                }
            }
        }
    }

    private static bool Same(IReadOnlyList<string> words, int start, string[] phrase)
    {
        for (var i = 0; i < phrase.Length; i++)
        {
            if (!string.Equals(words[start + i], phrase[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static List<PhraseMatch<T>> KeepLongest(List<PhraseMatch<T>> found)
    {
        var kept = new List<PhraseMatch<T>>();
        foreach (var match in found.OrderByDescending(m => m.Length).ThenBy(m => m.Start))
        {
            var overlaps = kept.Any(k => match.Start < k.Start + k.Length && k.Start < match.Start + match.Length);
            if (!overlaps)
            {
                kept.Add(match);
            }
        }

        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }
}
