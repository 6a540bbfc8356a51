using System.Globalization;
using System.Text;

namespace OneStop.Domain.Text;

/// <summary>
/// Folds Vietnamese chat text to plain lowercase ASCII words, so "Đăng ký kết hôn", "dang ky ket hon",
/// "DANG KY KET HON", "ddang kys" (Telex residue) and "d9ang ky1" (VNI residue) all read the same.
/// Keywords are folded the same way, so aggressive folding stays consistent on both sides.
/// </summary>
public static class TextFolding
{
    private const string Vowels = "aeiouy";

    // Telex puts the tone letter last; no Vietnamese syllable ends in these letters.
    private const string TelexToneLetters = "sfrxj";

    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Join(' ', Words(text));
    }

    public static IReadOnlyList<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var plain = StripMarks(text);
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in plain)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                AddWord(words, current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            AddWord(words, current.ToString());
        }

        words.RemoveAll(w => w.Length == 0);
        return words;
    }

    /// <summary>Lowercase, no diacritics, đ → d; everything that is not a letter or digit becomes a space.</summary>
    private static string StripMarks(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var result = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            result.Append(lower switch
            {
                'đ' or 'ð' => 'd',
                _ when char.IsAsciiLetterOrDigit(lower) => lower,
                _ => ' ',
            });
        }

        return result.ToString();
    }

    /// <summary>
    /// Digits glued to the end of a word with a vowel are a number of their own ("thu2" → "thu 2") or a VNI
    /// tone ("ky1" → "ky 1", the stray digit harms no match); "t7" (thứ 7) and "2026" stay whole.
    /// </summary>
    private static void AddWord(List<string> words, string word)
    {
        var digitsFrom = word.Length;
        while (digitsFrom > 0 && char.IsAsciiDigit(word[digitsFrom - 1]))
        {
            digitsFrom--;
        }

        if (digitsFrom > 0 && digitsFrom < word.Length && word[..digitsFrom].Any(c => Vowels.Contains(c, StringComparison.Ordinal)))
        {
            words.Add(CleanWord(word[..digitsFrom]));
            words.Add(word[digitsFrom..]);
            return;
        }

        words.Add(CleanWord(word));
    }

    private static string CleanWord(string word)
    {
        var w = CollapseRepeats(word);
        w = StripVniDigits(w);
        if (w.StartsWith("dd", StringComparison.Ordinal))
        {
            w = w[1..];
        }

        w = StripTelexW(w);
        w = StripTelexTones(w);
        return CollapseTelexVowels(w);
    }

    /// <summary>
    /// Telex types a tone as s, f, r, x or j after the vowel, at the end ("kys") or before the final consonant
    /// ("chusng", "baanr" types it after). No unaccented Vietnamese syllable has one of these letters after its
    /// vowel, so they are dropped there; a word without a vowel ("cccd", "tks") is left alone.
    /// </summary>
    private static string StripTelexTones(string word)
    {
        if (word.Length < 3 || !word.Any(c => Vowels.Contains(c, StringComparison.Ordinal)))
        {
            return word;
        }

        var result = new StringBuilder(word.Length);
        var seenVowel = false;
        foreach (var c in word)
        {
            if (seenVowel && TelexToneLetters.Contains(c, StringComparison.Ordinal))
            {
                continue;
            }

            seenVowel |= Vowels.Contains(c, StringComparison.Ordinal);
            result.Append(c);
        }

        return result.Length >= 2 ? result.ToString() : word;
    }

    /// <summary>Telex doubles a vowel for its hat ("keet" for "kết", "hoon" for "hôn"): one letter is enough once folded.</summary>
    private static string CollapseTelexVowels(string word)
    {
        var result = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (result.Length > 0 && result[^1] == c && c is 'a' or 'e' or 'o')
            {
                continue;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    /// <summary>"dạaaa" → "da": three or more of the same vowel are one vowel typed with feeling ("cccd" stays).</summary>
    private static string CollapseRepeats(string word)
    {
        var result = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var run = 1;
            while (i + run < word.Length && word[i + run] == word[i])
            {
                run++;
            }

            result.Append(word[i], run >= 3 && Vowels.Contains(word[i], StringComparison.Ordinal) ? 1 : run);
            i += run - 1;
        }

        return result.ToString();
    }

    /// <summary>VNI types tones as digits inside a word: "d9ang", "ke6t". Digits at the end are handled by <see cref="AddWord"/>.</summary>
    private static string StripVniDigits(string word)
    {
        if (!word.Any(char.IsAsciiLetter) || !word.Any(char.IsAsciiDigit))
        {
            return word;
        }

        var result = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            // VNI may type two marks in a row ("ke61t"): a digit counts when letters follow the run of digits.
            var next = i + 1;
            while (next < word.Length && char.IsAsciiDigit(word[next]))
            {
                next++;
            }

            // ... and when letters come before the run too: "16h", "15h30" are clock times, not marks.
            var start = i;
            while (start > 0 && char.IsAsciiDigit(word[start - 1]))
            {
                start--;
            }

            var beforeLetter = next < word.Length && char.IsAsciiLetter(word[next]);
            var afterLetter = start > 0 && char.IsAsciiLetter(word[start - 1]);
            if (char.IsAsciiDigit(c) && c != '0' && afterLetter && beforeLetter)
            {
                continue;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    /// <summary>Telex writes ư, ơ, ă as uw, ow, aw; 'w' is not a Vietnamese letter.</summary>
    private static string StripTelexW(string word)
    {
        if (!word.Contains('w', StringComparison.Ordinal) || word.Length < 3)
        {
            return word;
        }

        var result = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            if (word[i] == 'w' && i > 0 && Vowels.Contains(word[i - 1], StringComparison.Ordinal))
            {
                continue;
            }

            result.Append(word[i]);
        }

        return result.ToString();
    }
}
