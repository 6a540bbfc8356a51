using OneStop.Domain.Content;
using YamlDotNet.RepresentationModel;

namespace OneStop.Bot.Content;

/// <summary>Reads messages.yaml: a flat map from a message key to its text.</summary>
internal static class MessagesReader
{
    public static MessageCatalog Read(YamlMap map)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var origins = new Dictionary<string, SourceRef>(StringComparer.Ordinal);
        foreach (var (key, value, where) in map.Entries())
        {
            if (value is not YamlScalarNode { Value: { } text } || string.IsNullOrWhiteSpace(text))
            {
                map.Problem(where, $"message '{key}' should be non-empty text.");
                continue;
            }

            if (!texts.TryAdd(key, text.Normalize(System.Text.NormalizationForm.FormC).Trim()))
            {
                map.Problem(where, $"message '{key}' is written twice: keep one.");
            }

            origins[key] = where;
        }

        return new MessageCatalog(texts, origins);
    }
}
