using OneStop.Domain.Content;
using OneStop.Domain.Text;

namespace OneStop.Domain.Conversation;

/// <summary>
/// The procedures closest to a message the bot did not understand, offered as buttons: those sharing the most
/// words with its keywords, allowing one typo in longer words ("chung thut", "khai tuu").
/// </summary>
internal sealed class FallbackGuesses(ContentCatalog content)
{
    private const int MaxGuesses = 3;

    private readonly List<(Procedure Procedure, HashSet<string> Words)> _vocabulary = content.Procedures
        .Select(p => (p, p.Keywords.Append(p.Name).Append(p.ShortName).SelectMany(TextFolding.Words).Where(w => w.Length >= 3).ToHashSet(StringComparer.Ordinal)))
        .ToList();

    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "lam", "giay", "dang", "cho", "can", "khong", "nguoi", "cua", "the", "nao", "gia", "xin", "nhu",
    };

    public IReadOnlyList<Procedure> For(IReadOnlyList<string> words)
    {
        var asked = words.Where(w => w.Length >= 3 && !Common.Contains(w)).Distinct(StringComparer.Ordinal).ToList();
        return _vocabulary
            .Select(v => (v.Procedure, Score: asked.Count(w => v.Words.Contains(w) || (w.Length >= 4 && v.Words.Any(k => Close(w, k))))))
            .Where(s => s.Score > 0)
            .OrderByDescending(s => s.Score)
            .Take(MaxGuesses)
            .Select(s => s.Procedure)
            .ToList();
    }

    /// <summary>One letter added, missing or changed.</summary>
    private static bool Close(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1 || b.Length < 4)
        {
            return false;
        }

        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                i++;
                j++;
                continue;
            }

            if (++edits > 1)
            {
                return false;
            }

            if (a.Length > b.Length)
            {
                i++;
            }
            else if (a.Length < b.Length)
            {
                j++;
            }
            else
            {
                i++;
                j++;
            }
        }

        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }
}
