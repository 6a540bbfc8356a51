using System.Globalization;
using System.Text;

namespace OneStop.Domain.Understanding;

/// <summary>
/// How well the reader does on a labelled corpus: a case counts as right when the set of labels read equals the
/// set expected. Per label: how often it was expected and found (recall) and found without being expected.
/// </summary>
public sealed class CorpusScore
{
    private readonly List<(CorpusCase Case, IReadOnlyList<string> Read)> _misses = [];
    private readonly List<(CorpusCase Case, IReadOnlyList<string> Read)> _all = [];
    private readonly Dictionary<string, (int Expected, int Found, int Spurious)> _labels = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Expected, string Read), int> _confusions = [];

    public int Cases { get; private set; }

    public int Right { get; private set; }

    public double Accuracy => Cases == 0 ? 0 : (double)Right / Cases;

    public IReadOnlyList<(CorpusCase Case, IReadOnlyList<string> Read)> Misses => _misses;

    public static CorpusScore Measure(MessageReader reader, IEnumerable<CorpusCase> cases)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(cases);
        var score = new CorpusScore();
        foreach (var item in cases)
        {
            var read = reader.Read(item.Message, new DialogueContext(item.ContextProcedure)).Requests.Select(r => r.Label).Distinct().ToList();
            score.Add(item, read);
        }

        return score;
    }

    /// <summary>Adds another score's cases (the folds of a cross-validation).</summary>
    public void Add(CorpusScore other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (item, read) in other._all)
        {
            Add(item, read);
        }
    }

    private void Add(CorpusCase item, IReadOnlyList<string> read)
    {
        Cases++;
        _all.Add((item, read));
        var expected = item.Labels.ToHashSet(StringComparer.Ordinal);
        var got = read.ToHashSet(StringComparer.Ordinal);
        if (expected.SetEquals(got))
        {
            Right++;
        }
        else
        {
            _misses.Add((item, read));
        }

        foreach (var label in expected.Union(got))
        {
            var (e, f, s) = _labels.GetValueOrDefault(label);
            _labels[label] = (e + (expected.Contains(label) ? 1 : 0), f + (expected.Contains(label) && got.Contains(label) ? 1 : 0), s + (!expected.Contains(label) && got.Contains(label) ? 1 : 0));
        }

        var missing = expected.Except(got).Select(Kind).ToList();
        var extra = got.Except(expected).Select(Kind).ToList();
        foreach (var m in missing.DefaultIfEmpty("-"))
        {
            foreach (var x in extra.DefaultIfEmpty("-"))
            {
                if (m != "-" || x != "-")
                {
                    _confusions[(m, x)] = _confusions.GetValueOrDefault((m, x)) + 1;
                }
            }
        }
    }

    /// <summary>The report printed by the `understand` command: accuracy, per request kind, the worst confusions.</summary>
    public string Report(string title, int shownMisses)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"{title}: {Right}/{Cases} messages read right ({Accuracy:P1})");
        text.AppendLine("request kind         expected  found  recall  spurious");
        foreach (var group in _labels.GroupBy(l => Kind(l.Key)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var expected = group.Sum(g => g.Value.Expected);
            var found = group.Sum(g => g.Value.Found);
            var spurious = group.Sum(g => g.Value.Spurious);
            var recall = expected == 0 ? "" : ((double)found / expected).ToString("P0", c);
            text.AppendLine(c, $"{group.Key,-20} {expected,8} {found,6} {recall,7} {spurious,9}");
        }

        text.AppendLine("confusions (expected → read instead, '-' for none), most frequent first:");
        foreach (var ((expected, read), count) in _confusions.OrderByDescending(x => x.Value).Take(15))
        {
            text.AppendLine(c, $"  {count,4}  {expected} → {read}");
        }

        foreach (var (item, read) in _misses.Take(shownMisses))
        {
            text.AppendLine(c, $"  {item.Where}: {(item.ContextProcedure is { } ctx ? $"[{ctx}] " : "")}{item.Message}");
            text.AppendLine(c, $"      expected {string.Join("; ", item.Labels)}  read {string.Join("; ", read)}");
        }

        return text.ToString();
    }

    private static string Kind(string label) => label.Split(':')[0];
}
