using System.Text.RegularExpressions;

namespace OneStop.Bot.Storage;

/// <summary>
/// LiteDB's error messages quote the values they met ("The duplicate value is 'telegram:123456789'"): a chat key, a
/// name, a message's text would then reach the log with the exception. Quoted names (a collection, an index, a field)
/// are kept, because they say what went wrong; any other quoted value is hidden.
/// </summary>
internal static partial class StorageErrorText
{
    public const string Hidden = "'(hidden)'";

    public static string Redact(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Quoted().Replace(message, m => Name().IsMatch(m.Groups[1].Value) ? m.Value : Hidden);
    }

    [GeneratedRegex("'([^']*)'", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"^[A-Za-z_$][A-Za-z0-9_$.]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Name();
}
