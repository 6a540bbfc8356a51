using System.Globalization;
using System.Text.RegularExpressions;
using OneStop.Domain.Text;

namespace OneStop.Domain.Checklist;

/// <summary>
/// The pages and copies a message names for certified copies: "sao y 12 trang hết bao nhiêu", "3 bản, mỗi bản 5 trang", "3 bộ",
/// typed with or without diacritics. Copies default to one. Numbers in words are not read: the card's rule still answers.
/// </summary>
public sealed partial record PageCount(int Pages, int Copies)
{
    public static PageCount? Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = TextFolding.Fold(text);
        if (Number(PagesPattern().Match(folded), CopyFee.MaxPages) is not { } pages)
        {
            return null;
        }

        var copiesMatch = CopiesPattern().Match(folded);
        if (!copiesMatch.Success)
        {
            return new PageCount(pages, 1);
        }

        return Number(copiesMatch, CopyFee.MaxCopies) is { } copies ? new PageCount(pages, copies) : null;
    }

    /// <summary>"3 bản thì bao nhiêu": copies named without their pages, kept until the pages come.</summary>
    public static int? ReadCopies(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = TextFolding.Fold(text);
        return PagesPattern().IsMatch(folded) ? null : Number(CopiesPattern().Match(folded), CopyFee.MaxCopies);
    }

    /// <summary>Whether the message says how many copies ("3 bản", "2 bộ").</summary>
    public static bool NamesCopies(string text) => CopiesPattern().IsMatch(TextFolding.Fold(text ?? ""));

    private static int? Number(Match match, int max) =>
        match.Success && int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 && n <= max
            ? n
            : null;

    [GeneratedRegex(@"(?<!\d)(?<n>\d{1,5})\s*trang\b", RegexOptions.CultureInvariant)]
    private static partial Regex PagesPattern();

    [GeneratedRegex(@"(?<!\d)(?<n>\d{1,4})\s*(ban|bo)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CopiesPattern();
}
