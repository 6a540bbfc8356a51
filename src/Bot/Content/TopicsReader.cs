using OneStop.Domain.Content;

namespace OneStop.Bot.Content;

/// <summary>Reads topics.yaml: out-of-scope topics and the words that show what a question is about.</summary>
internal static class TopicsReader
{
    private static readonly Dictionary<string, Aspect> AspectNames = new(StringComparer.Ordinal)
    {
        ["documents"] = Aspect.Documents,
        ["fee"] = Aspect.Fee,
        ["time"] = Aspect.Time,
        ["in_person"] = Aspect.InPerson,
        ["writing"] = Aspect.Writing,
        ["online"] = Aspect.Online,
        ["place"] = Aspect.Place,
    };

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

        var aspects = new Dictionary<Aspect, IReadOnlyList<string>>();
        if (map.Map("aspects") is { } aspectMap)
        {
            foreach (var (name, aspect) in AspectNames)
            {
                aspects[aspect] = aspectMap.Strings(name, required: false);
            }

            aspectMap.RejectUnknownKeys();
        }

        map.RejectUnknownKeys();
        return new Topics(topics, aspects);
    }
}
