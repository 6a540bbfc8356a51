using OneStop.Domain.Content;
using OneStop.Domain.Understanding;

namespace OneStop.Bot.Content;

/// <summary>Reads topics.yaml: out-of-scope topics, and the phrases (cues) that show what a message asks for.</summary>
internal static class TopicsReader
{
    public static Topics Read(YamlMap map)
    {
        var topics = map.Maps("out_of_scope").Select(t =>
        {
            var id = t.Str("id");
            var keywords = t.Strings("keywords");
            var fact = FactReader.Read(t);
            t.RejectUnknownKeys();
            return new OutOfScopeTopic(id, keywords, fact);
        }).ToList();

        var cues = new Dictionary<RequestKind, IReadOnlyList<string>>();
        if (map.Map("cues") is { } cueMap)
        {
            foreach (var name in cueMap.Keys.ToList())
            {
                if (RequestLabels.TryParseKind(name, out var kind) && kind is not (RequestKind.Topic or RequestKind.Unknown or RequestKind.Overview))
                {
                    cues[kind] = cueMap.Strings(name);
                }
                else
                {
                    cueMap.Problem(cueMap.WhereOf(name), $"'{name}' is not a request the bot reads: use one of {string.Join(", ", Enum.GetValues<RequestKind>().Select(RequestLabels.Name))}.");
                }
            }
        }

        map.RejectUnknownKeys();
        return new Topics(topics, cues);
    }
}
