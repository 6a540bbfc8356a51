using System.Security.Cryptography;
using System.Text;

namespace OneStop.Domain.Handover;

/// <summary>
/// The short code a question travels under ("K7M2Q"): officials read it in the staff group and may type it in
/// "/hoidap K7M2Q …". Five characters from an alphabet without 0/O and 1/I/L, so it survives being read aloud or
/// retyped. Derived from the chat and the moment (the domain has no randomness); the edge checks it is unused.
/// </summary>
public static class QuestionCode
{
    public const int Length = 5;

    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string Make(string chatKey, DateTimeOffset now, int attempt = 0)
    {
        ArgumentNullException.ThrowIfNull(chatKey);
        var seed = Encoding.UTF8.GetBytes(FormattableString.Invariant($"{chatKey}|{now.UtcTicks}|{attempt}"));
        var hash = SHA256.HashData(seed);
        var code = new char[Length];
        for (var i = 0; i < Length; i++)
        {
            code[i] = Alphabet[hash[i] % Alphabet.Length];
        }

        return new string(code);
    }

    /// <summary>A code as an official may type it: "#k7m2q", "K7M2Q." become "K7M2Q"; null when it is not one.</summary>
    public static string? Normalize(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var code = typed.Trim().TrimStart('#').TrimEnd('.', ',', ':', ';').ToUpperInvariant();
        return IsWellFormed(code) ? code : null;
    }

    public static bool IsWellFormed(string code) =>
        code is { Length: Length } && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal));

    /// <summary>The first "#K7M2Q" in a text the bot wrote (a forwarded question an official replied to), or null.</summary>
    public static string? FindTagged(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var at = text.IndexOf('#', StringComparison.Ordinal); at >= 0; at = text.IndexOf('#', at + 1))
        {
            if (at + 1 + Length <= text.Length && IsWellFormed(text.Substring(at + 1, Length))
                && (at + 1 + Length == text.Length || !char.IsAsciiLetterOrDigit(text[at + 1 + Length])))
            {
                return text.Substring(at + 1, Length);
            }
        }

        return null;
    }
}
