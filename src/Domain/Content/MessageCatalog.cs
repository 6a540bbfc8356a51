using System.Text;

namespace OneStop.Domain.Content;

/// <summary>
/// Every sentence the bot says that is not a procedure fact, by key. Placeholders are written {name}
/// and filled from the values the engine passes; a missing key is caught by the validator before start-up.
/// </summary>
public sealed class MessageCatalog
{
    private readonly IReadOnlyDictionary<string, string> _texts;

    public MessageCatalog(IReadOnlyDictionary<string, string> texts, IReadOnlyDictionary<string, SourceRef> origins)
    {
        _texts = texts;
        Origins = origins;
    }

    public IReadOnlyDictionary<string, SourceRef> Origins { get; }

    public IEnumerable<string> Keys => _texts.Keys;

    public bool Has(string key) => _texts.ContainsKey(key);

    public string Raw(string key) =>
        _texts.TryGetValue(key, out var text)
            ? text
            : throw new KeyNotFoundException($"Message '{key}' is missing from messages.yaml; the validator should have caught this.");

    public string this[string key] => Raw(key);

    public string Format(string key, IReadOnlyDictionary<string, string> values) => Fill(Raw(key), values);

    /// <summary>Placeholders a template uses, for validation.</summary>
    public static IEnumerable<string> Placeholders(string template)
    {
        var start = -1;
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '{')
            {
                start = i;
            }
            else if (template[i] == '}' && start >= 0)
            {
                yield return template[(start + 1)..i];
                start = -1;
            }
        }
    }

    public static string Fill(string template, IReadOnlyDictionary<string, string> values)
    {
        if (!template.Contains('{', StringComparison.Ordinal))
        {
            return template;
        }

        var result = new StringBuilder(template.Length + 64);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = open < 0 ? -1 : template.IndexOf('}', open);
            if (open < 0 || close < 0)
            {
                result.Append(template, i, template.Length - i);
                break;
            }

            result.Append(template, i, open - i);
            var name = template[(open + 1)..close];
            if (!values.TryGetValue(name, out var value))
            {
                result.Append(template, open, close + 1 - open);
            }
            else if (value.Length > 0)
            {
                result.Append(value);
            }
            else if (result.Length > 0 && result[^1] == ' ' && (close + 1 == template.Length || template[close + 1] is ' ' or '\n'))
            {
                // An empty value (a hedge once the fact is confirmed) leaves no stray space behind it.
                result.Length--;
            }

            i = close + 1;
        }

        return result.ToString();
    }
}
