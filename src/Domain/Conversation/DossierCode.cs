using System.Text.RegularExpressions;

namespace OneStop.Domain.Conversation;

/// <summary>
/// A dossier code pasted into a message. Its format is not specified anywhere official (reference §C: observed
/// codes mix letters, digits, dots and hyphens), so any such token of 8 characters or more with a digit counts.
/// </summary>
internal static partial class DossierCode
{
    public static string? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match match in Token().Matches(text))
        {
            var value = match.Value.Trim('.', '-');
            if (value.Length >= 8 && value.Count(char.IsAsciiDigit) >= 4 && (value.Contains('.', StringComparison.Ordinal) || value.Contains('-', StringComparison.Ordinal) || value.Any(char.IsAsciiLetter)))
            {
                return value;
            }
        }

        return null;
    }

    [GeneratedRegex(@"[A-Za-z0-9][A-Za-z0-9.\-]{7,40}")]
    private static partial Regex Token();
}
