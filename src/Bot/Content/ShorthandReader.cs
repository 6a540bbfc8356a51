using YamlDotNet.RepresentationModel;

namespace OneStop.Bot.Content;

/// <summary>Reads shorthand.yaml: chat shorthand and what it stands for.</summary>
internal static class ShorthandReader
{
    public static IReadOnlyDictionary<string, string> Read(YamlMap map)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (map.Map("expand") is not { } expand)
        {
            return result;
        }

        foreach (var (key, value, where) in expand.Entries())
        {
            if (key.Contains(' ', StringComparison.Ordinal) || key.Length == 0)
            {
                expand.Problem(where, $"shorthand '{key}' should be one word.");
                continue;
            }

            if (!result.TryAdd(key, (value as YamlScalarNode)?.Value ?? ""))
            {
                expand.Problem(where, $"shorthand '{key}' is written twice.");
            }
        }

        map.RejectUnknownKeys();
        return result;
    }
}
