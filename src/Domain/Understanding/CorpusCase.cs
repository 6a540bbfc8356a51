namespace OneStop.Domain.Understanding;

/// <summary>
/// One labelled message of the understanding corpus: "[khai-tu] ở đâu => place:khai-tu". The bracket is the
/// procedure on screen before the message; the labels are the requests a careful official would hear.
/// </summary>
public sealed record CorpusCase(string Message, string? ContextProcedure, IReadOnlyList<string> Labels, string Where)
{
    private const string Arrow = " => ";

    /// <summary>Reads one line; null for a comment or a blank line. A line that does not parse is a broken corpus: it throws.</summary>
    public static CorpusCase? Parse(string line, string where)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Trim();
        if (text.Length == 0 || text.StartsWith('#'))
        {
            return null;
        }

        var arrow = text.LastIndexOf(Arrow, StringComparison.Ordinal);
        if (arrow < 0)
        {
            throw new FormatException($"{where}: no ' => ' between the message and its labels.");
        }

        var message = text[..arrow].Trim();
        string? context = null;
        if (message.StartsWith('[') && message.IndexOf(']', StringComparison.Ordinal) is var close and > 0)
        {
            context = message[1..close].Trim();
            message = message[(close + 1)..].Trim();
        }

        var labels = text[(arrow + Arrow.Length)..]
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => RequestLabels.Parse(l)?.Label ?? throw new FormatException($"{where}: '{l}' is not a request label."))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new CorpusCase(message, context, labels, where);
    }
}
