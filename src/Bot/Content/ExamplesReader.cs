using OneStop.Domain.Content;
using OneStop.Domain.Understanding;

namespace OneStop.Bot.Content;

/// <summary>
/// Reads examples.txt: messages as citizens write them, each with what it asks ("[khai-tu] ở đâu => place:khai-tu").
/// The reader learns from them which kinds of request people make; a line that does not parse is a content problem.
/// </summary>
internal static class ExamplesReader
{
    public const string File = "examples.txt";

    public static IReadOnlyList<CorpusCase> Read(string directory, List<ContentProblem> problems)
    {
        var path = Path.Combine(directory, File);
        if (!System.IO.File.Exists(path))
        {
            return [];
        }

        var examples = new List<CorpusCase>();
        var lines = System.IO.File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            try
            {
                if (CorpusCase.Parse(lines[i], $"{File}:{i + 1}") is { } example)
                {
                    examples.Add(example);
                }
            }
            catch (FormatException ex)
            {
                problems.Add(new ContentProblem(new SourceRef(File, i + 1), ex.Message.Split(": ", 2)[^1]));
            }
        }

        return examples;
    }
}
