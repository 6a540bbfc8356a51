using System.Globalization;
using OneStop.Domain.Content;
using YamlDotNet.RepresentationModel;

namespace OneStop.Bot.Content;

/// <summary>
/// A YAML mapping read by hand, so that every problem names its file and line and says what to do.
/// Reading never throws for bad content: it records a <see cref="ContentProblem"/> and returns a neutral value,
/// so one run of the validator lists every problem at once.
/// </summary>
internal sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public YamlMap(YamlMappingNode node, string file, List<ContentProblem> problems)
    {
        _node = node;
        File = file;
        Problems = problems;
    }

    public string File { get; }

    public List<ContentProblem> Problems { get; }

    public SourceRef Where => new(File, (int)_node.Start.Line);

    public SourceRef WhereOf(string key) =>
        _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? At(value) : Where;

    public bool Has(string key) => _node.Children.ContainsKey(new YamlScalarNode(key));

    public IEnumerable<string> Keys =>
        _node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    public void Problem(SourceRef where, string what) => Problems.Add(new ContentProblem(where, what));

    public string Str(string key, bool required = true)
    {
        var node = Get(key);
        switch (node)
        {
            case null:
                if (required)
                {
                    Problem(Where, $"'{key}' is missing: add it.");
                }

                return "";
            case YamlScalarNode scalar:
                return (scalar.Value ?? "").Normalize(System.Text.NormalizationForm.FormC).Trim();
            default:
                Problem(At(node), $"'{key}' should be plain text.");
                return "";
        }
    }

    public string? OptionalStr(string key) => Has(key) ? Str(key) : null;

    public int Int(string key, int? fallback = null)
    {
        var text = Str(key, required: fallback is null);
        if (text.Length == 0 && fallback is not null)
        {
            return fallback.Value;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Problem(WhereOf(key), $"'{key}' should be a whole number, not '{text}'.");
        return fallback ?? 0;
    }

    public bool Bool(string key, bool? fallback = null)
    {
        var text = Str(key, required: fallback is null);
        if (text.Length == 0 && fallback is not null)
        {
            return fallback.Value;
        }

        switch (text.ToUpperInvariant())
        {
            case "TRUE" or "YES":
                return true;
            case "FALSE" or "NO":
                return false;
            default:
                Problem(WhereOf(key), $"'{key}' should be true or false, not '{text}'.");
                return fallback ?? false;
        }
    }

    public T Enum<T>(string key, IReadOnlyDictionary<string, T> values, T fallback)
    {
        var text = Str(key);
        if (values.TryGetValue(text, out var value))
        {
            return value;
        }

        if (text.Length > 0)
        {
            Problem(WhereOf(key), $"'{key}' is '{text}'; use one of: {string.Join(", ", values.Keys)}.");
        }

        return fallback;
    }

    public YamlMap? Map(string key, bool required = true)
    {
        var node = Get(key);
        switch (node)
        {
            case null:
                if (required)
                {
                    Problem(Where, $"'{key}' is missing: add it.");
                }

                return null;
            case YamlMappingNode mapping:
                return new YamlMap(mapping, File, Problems);
            default:
                Problem(At(node), $"'{key}' should be a map of 'name: value' lines.");
                return null;
        }
    }

    public IReadOnlyList<YamlMap> Maps(string key, bool required = true)
    {
        var items = new List<YamlMap>();
        foreach (var item in Items(key, required))
        {
            if (item is YamlMappingNode mapping)
            {
                items.Add(new YamlMap(mapping, File, Problems));
            }
            else
            {
                Problem(At(item), $"each item of '{key}' should be a map of 'name: value' lines.");
            }
        }

        return items;
    }

    /// <summary>
    /// Rows of maps: each item of the list is one map (a row of one) or a list of maps (a row of several),
    /// so two short buttons can sit side by side.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<YamlMap>> Rows(string key, bool required = true)
    {
        var rows = new List<IReadOnlyList<YamlMap>>();
        foreach (var item in Items(key, required))
        {
            switch (item)
            {
                case YamlMappingNode mapping:
                    rows.Add([new YamlMap(mapping, File, Problems)]);
                    break;
                case YamlSequenceNode sequence when sequence.Children.All(c => c is YamlMappingNode):
                    rows.Add(sequence.Children.Select(c => new YamlMap((YamlMappingNode)c, File, Problems)).ToList());
                    break;
                default:
                    Problem(At(item), $"each item of '{key}' should be a map, or a list of maps for a row.");
                    break;
            }
        }

        return rows;
    }

    public IReadOnlyList<string> Strings(string key, bool required = true)
    {
        var items = new List<string>();
        foreach (var item in Items(key, required))
        {
            if (item is YamlScalarNode scalar && !string.IsNullOrWhiteSpace(scalar.Value))
            {
                items.Add(scalar.Value.Normalize(System.Text.NormalizationForm.FormC).Trim());
            }
            else
            {
                Problem(At(item), $"each item of '{key}' should be non-empty text.");
            }
        }

        return items;
    }

    /// <summary>The entries of a map whose keys are names chosen by the office (message keys, for example).</summary>
    public IReadOnlyList<(string Key, YamlNode Value, SourceRef Where)> Entries() =>
        _node.Children
            .Select(pair => ((pair.Key as YamlScalarNode)?.Value ?? "", pair.Value, At(pair.Key)))
            .ToList();

    /// <summary>Reports keys nobody read: usually a typo that would otherwise be silently ignored.</summary>
    public void RejectUnknownKeys()
    {
        foreach (var pair in _node.Children)
        {
            var name = (pair.Key as YamlScalarNode)?.Value ?? "";
            if (!_read.Contains(name))
            {
                Problem(At(pair.Key), $"unknown key '{name}': check its spelling or remove it.");
            }
        }
    }

    public void MarkRead(params string[] keys)
    {
        foreach (var key in keys)
        {
            _read.Add(key);
        }
    }

    public static SourceRef At(YamlNode node, string file) => new(file, (int)node.Start.Line);

    private SourceRef At(YamlNode node) => At(node, File);

    private YamlNode? Get(string key)
    {
        _read.Add(key);
        return _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
    }

    private IEnumerable<YamlNode> Items(string key, bool required)
    {
        var node = Get(key);
        switch (node)
        {
            case null:
                if (required)
                {
                    Problem(Where, $"'{key}' is missing: add it.");
                }

                return [];
            case YamlSequenceNode sequence:
                return sequence.Children;
            default:
                Problem(At(node), $"'{key}' should be a list (lines starting with '- ').");
                return [];
        }
    }
}
