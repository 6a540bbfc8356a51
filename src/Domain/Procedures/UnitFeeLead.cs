using System.Globalization;
using System.Text.RegularExpressions;
using OneStop.Domain.Checklist;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;
using OneStop.Domain.Text;

namespace OneStop.Domain.Procedures;

/// <summary>
/// The first line of a card when the question names how many ("3 bản", "2 giấy"): the total for a fee charged per
/// item. Only digits are read; a number in words leaves the card's rule to answer.
/// </summary>
internal static partial class UnitFeeLead
{
    private const int MaxCount = 500;

    public static string? For(StepRenderer render, Procedure procedure, Incoming incoming)
    {
        if (procedure.UnitFee is not { } rule || incoming.Kind != IncomingKind.Text)
        {
            return null;
        }

        var folded = TextFolding.Fold(incoming.Text);
        foreach (Match match in Count().Matches(folded))
        {
            var word = match.Groups["w"].Value;
            if (rule.CountWords.Any(w => TextFolding.Fold(w) == word)
                && int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= MaxCount)
            {
                return render.Say("fee.total", new Dictionary<string, string>
                {
                    ["count"] = n.ToString(CultureInfo.InvariantCulture),
                    ["unit"] = rule.Unit,
                    ["total"] = VietnameseMoney.Dong(n * rule.Price),
                    ["price"] = VietnameseMoney.Dong(rule.Price),
                });
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<!\d)(?<n>\d{1,3})\s+(?<w>[a-z]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Count();
}
