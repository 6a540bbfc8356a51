using OneStop.Domain.Content;

namespace OneStop.Bot.Content;

/// <summary>Reads the fact fields (text, source, confidence, confirmed) that every fact map carries.</summary>
internal static class FactReader
{
    public static readonly string[] Keys = ["text", "source", "confidence", "confirmed", "hedge", "ask_commune"];

    private static readonly Dictionary<string, Confidence> Confidences = new(StringComparer.OrdinalIgnoreCase)
    {
        ["V"] = Confidence.Verified,
        ["S"] = Confidence.Secondary,
        ["M"] = Confidence.Memory,
        ["?"] = Confidence.Uncertain,
    };

    /// <summary>Reads the fact fields of <paramref name="map"/>; the caller rejects unknown keys after reading its own.</summary>
    public static Fact Read(YamlMap map, bool textRequired = true)
    {
        var text = map.Str("text", textRequired);
        var source = map.Str("source");
        var confidence = map.Enum("confidence", Confidences, Confidence.Uncertain);
        var confirmed = map.Bool("confirmed", fallback: false);
        var hedge = map.Str("hedge", required: false);
        var question = map.Str("ask_commune", required: false);
        return new Fact(text, source, confidence, confirmed, map.Where)
        {
            Hedge = hedge.Length == 0 ? null : hedge,
            Question = question.Length == 0 ? null : question,
        };
    }

    /// <summary>A map that is only a fact.</summary>
    public static Fact ReadOnly(YamlMap? map)
    {
        if (map is null)
        {
            return Fact.Unsourced("");
        }

        var fact = Read(map);
        map.RejectUnknownKeys();
        return fact;
    }
}
