using System.Globalization;

namespace OneStop.Bot.Tests.Observability;

/// <summary>Reads values out of a Prometheus text scrape: the sum over the series of a name that carry the given labels.</summary>
internal static class PrometheusText
{
    public static double? Value(string scrape, string name, params string[] labels)
    {
        ArgumentNullException.ThrowIfNull(scrape);
        double? sum = null;
        foreach (var line in scrape.Split('\n'))
        {
            if (line.StartsWith('#') || !(line.StartsWith(name + "{", StringComparison.Ordinal) || line.StartsWith(name + " ", StringComparison.Ordinal)))
            {
                continue;
            }

            var closing = line.IndexOf('}', StringComparison.Ordinal);
            var series = closing < 0 ? "" : line[name.Length..closing];
            if (!labels.All(l => series.Contains(l, StringComparison.Ordinal)))
            {
                continue;
            }

            var value = line[(closing < 0 ? name.Length : closing + 1)..].Trim().Split(' ')[0];
            sum = (sum ?? 0) + double.Parse(value, CultureInfo.InvariantCulture);
        }

        return sum;
    }
}
