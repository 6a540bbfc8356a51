namespace OneStop.Domain.Understanding;

/// <summary>
/// What the kind model sees of a message: its words, word pairs and letter groups (so "kethon", "ket hon" and a typo
/// share something), and every signal of the reading rules (procedures named, cues, a death, a day, their own reading).
/// </summary>
internal static class MessageFeatures
{
    private const int Gram = 4;

    public static List<string> Of(RuleReading reading)
    {
        var features = new List<string> { "bias" };
        var words = reading.Words;
        for (var i = 0; i < words.Count; i++)
        {
            features.Add($"w:{words[i]}");
            if (i + 1 < words.Count)
            {
                features.Add($"b:{words[i]}_{words[i + 1]}");
            }
        }

        var glued = $"_{string.Join('_', words)}_";
        for (var i = 0; i + Gram <= glued.Length; i++)
        {
            features.Add($"c:{glued.AsSpan(i, Gram)}");
        }

        features.Add(words.Count switch { <= 3 => "len:short", <= 12 => "len:medium", <= 30 => "len:long", _ => "len:story" });
        features.Add(reading.Procedures.Count switch { 0 => "procs:0", 1 => "procs:1", _ => "procs:many" });
        features.AddRange(reading.Procedures.Select(p => $"proc:{p}"));
        features.AddRange(reading.NamedTopics.Select(t => $"topic:{t}"));
        features.Add(reading.NamedTopics.Count > 0 ? "topics:some" : "topics:0");
        features.AddRange(reading.Answers.Select(a => $"answer:{a.Kind}"));
        features.AddRange(reading.CueKinds.Select(k => $"cue:{k}"));
        features.AddRange(reading.Meaning.Requests.Select(r => $"rule:{r.Kind}"));
        features.Add(reading.OnScreen is null ? "screen:none" : "screen:card");
        if (reading.Grieving)
        {
            features.Add("death");
        }

        if (reading.Cutoff)
        {
            features.Add("clock");
        }

        if (reading.Raw.Contains('?', StringComparison.Ordinal))
        {
            features.Add("question-mark");
        }

        return features;
    }
}
