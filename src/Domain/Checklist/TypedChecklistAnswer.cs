using System.Globalization;
using OneStop.Domain.Conversation;

namespace OneStop.Domain.Checklist;

/// <summary>
/// Yes, no and small numbers as people type them to a checklist question, on top of <see cref="Answers"/>:
/// "rồi", "có rồi ạ", "dạ chưa", "ko có", "3 trang", "hai bản". Words arrive folded and shorthand-expanded.
/// </summary>
public static class TypedChecklistAnswer
{
    private static readonly HashSet<string> MoreYes = new(StringComparer.Ordinal)
    {
        "roi", "co roi", "da roi", "da co roi", "co san", "co san roi", "xong", "xong roi", "da xong", "du roi", "phai",
        "phai roi", "dung vay", "duoc", "co duoc", "duoc roi", "ok roi", "co chu", "co a",
    };

    private static readonly HashSet<string> MoreNo = new(StringComparer.Ordinal)
    {
        "chua", "chua co", "khong co", "khong phai", "khong duoc", "chua xong", "chua lam", "chua duoc", "khong the",
    };

    // Politeness around an answer that does not change it: "dạ có ạ", "chưa em ơi".
    private static readonly HashSet<string> Trailing = new(StringComparer.Ordinal) { "a", "nha", "nhe", "nghen", "ad", "oi", "em", "nhen", "ban" };

    private static readonly HashSet<string> Unsure = new(StringComparer.Ordinal) { "biet", "ro", "nho", "chac", "hieu", "sao", "gi", "nao" };

    private static readonly HashSet<string> Leading = new(StringComparer.Ordinal) { "da", "vang", "ua" };

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal)
    {
        ["mot"] = 1, ["hai"] = 2, ["ba"] = 3, ["bon"] = 4, ["tu"] = 4, ["nam"] = 5, ["sau"] = 6, ["bay"] = 7, ["tam"] = 8, ["chin"] = 9, ["muoi"] = 10,
    };

    // Words that may stand around a number: "3 trang", "khoảng 5 bản", "2 bản thôi".
    private static readonly HashSet<string> NumberFiller = new(StringComparer.Ordinal)
    {
        "trang", "ban", "sao", "to", "khoang", "chung", "thoi", "a", "la", "co", "can", "gom", "nha", "nhe",
    };

    public static ChecklistAnswer? YesOrNo(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        foreach (var candidate in Candidates(words))
        {
            if (Answers.IsYes(candidate) || MoreYes.Contains(string.Join(' ', candidate)))
            {
                return ChecklistAnswer.Yes;
            }

            if (Answers.IsNo(candidate) || MoreNo.Contains(string.Join(' ', candidate)))
            {
                return ChecklistAnswer.No;
            }
        }

        // A short sentence: "chưa đăng ký", "không có giấy" are a no; "đăng ký rồi", "có giấy rồi ạ" a yes.
        // "Không biết", "chưa rõ" answer nothing: the citizen is asked again (and told whom to ask).
        var core = Candidates(words).Last();
        if (core.Count is 0 or > 6 || core.Any(Unsure.Contains))
        {
            return null;
        }

        // "có, mất ở nhà" and "không, con đi nộp" lead with the answer.
        return core[0] is "chua" or "khong" ? ChecklistAnswer.No
            : core[0] == "co" || core[^1] == "roi" ? ChecklistAnswer.Yes
            : null;
    }

    /// <summary>A whole number the message is about ("12", "12 trang", "hai bản"); null when there is none or more than one.</summary>
    public static long? Number(string text, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(words);
        var digits = words.Where(w => w.All(char.IsAsciiDigit)).ToList();
        var named = words.Where(NumberWords.ContainsKey).ToList();
        var other = words.Where(w => !w.All(char.IsAsciiDigit) && !NumberWords.ContainsKey(w) && !NumberFiller.Contains(w)).ToList();
        if (other.Count > 0 || digits.Count + named.Count != 1)
        {
            return null;
        }

        if (named.Count == 1)
        {
            return NumberWords[named[0]];
        }

        // Eighteen digits still fit a long; more is nonsense that must not overflow.
        return digits[0].Length <= 18 ? long.Parse(digits[0], NumberStyles.None, CultureInfo.InvariantCulture) : long.MaxValue;
    }

    private static IEnumerable<IReadOnlyList<string>> Candidates(IReadOnlyList<string> words)
    {
        yield return words;
        var end = words.Count;
        while (end > 1 && Trailing.Contains(words[end - 1]))
        {
            end--;
        }

        var core = words.Take(end).ToList();
        yield return core;
        if (core.Count > 1 && Leading.Contains(core[0]))
        {
            yield return core.Skip(1).ToList();
        }
    }
}
