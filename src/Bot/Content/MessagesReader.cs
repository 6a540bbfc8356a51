using OneStop.Domain.Content;
using YamlDotNet.RepresentationModel;

namespace OneStop.Bot.Content;

/// <summary>
/// Reads messages.yaml and messages/*.yaml (one file per feature, so each stays short): flat maps from a
/// message key to its text. A key written twice, in one file or two, is a problem.
/// </summary>
internal static class MessagesReader
{
    public static MessageCatalog? ReadAll(string directory, List<ContentProblem> problems)
    {
        var main = YamlFile.Open(Path.Combine(directory, "messages.yaml"), "messages.yaml", problems);
        if (main is null)
        {
            return null;
        }

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var origins = new Dictionary<string, SourceRef>(StringComparer.Ordinal);
        Read(main, texts, origins);
        var folder = Path.Combine(directory, "messages");
        if (Directory.Exists(folder))
        {
            foreach (var path in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
            {
                if (YamlFile.Open(path, $"messages/{Path.GetFileName(path)}", problems) is { } map)
                {
                    Read(map, texts, origins);
                }
            }
        }

        return new MessageCatalog(texts, origins);
    }

    private static void Read(YamlMap map, Dictionary<string, string> texts, Dictionary<string, SourceRef> origins)
    {
        foreach (var (key, value, where) in map.Entries())
        {
            if (value is not YamlScalarNode { Value: { } text } || string.IsNullOrWhiteSpace(text))
            {
                map.Problem(where, $"message '{key}' should be non-empty text.");
                continue;
            }

            if (!texts.TryAdd(key, text.Normalize(System.Text.NormalizationForm.FormC).Trim()))
            {
                map.Problem(where, $"message '{key}' is written twice (also at {origins[key]}): keep one.");
                continue;
            }

            origins[key] = where;
        }
    }
}
