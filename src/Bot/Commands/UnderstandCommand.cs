using Microsoft.Extensions.Configuration;
using OneStop.Bot.Content;
using OneStop.Bot.Hosting;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;
using OneStop.Domain.Understanding;

namespace OneStop.Bot.Commands;

/// <summary>
/// `understand [FILE…] [--misses N] [--folds K] [--rules]`: reads labelled messages through the reader the bot uses
/// and prints the accuracy per request kind and the confusions. Without files: the examples the bot learns from
/// (conversation-flows/examples.txt, read back: a memory test) and the held-out corpus
/// (tests/Bot.Tests/Understanding/Corpus/heldout.txt, never learnt from). `--folds K` estimates how the reader
/// does on messages it has not seen by K-fold cross-validation over the examples; `--rules` leaves the model out.
/// </summary>
internal static class UnderstandCommand
{
    private const string HeldOut = "tests/Bot.Tests/Understanding/Corpus/heldout.txt";

    private static IReadOnlyList<CorpusCase> UnlearntExamples { get; set; } = [];

    public static int Run(IConfiguration config, IReadOnlyList<string> args, TextWriter output)
    {
        var directory = FeatureContent.Directory(config);
        var catalog = FeatureContent.LoadOrThrow(config).Content;
        if (args.Contains("--rules"))
        {
            UnlearntExamples = catalog.Examples;
            catalog = catalog with { Examples = [] };
        }

        var misses = Option(args, "--misses") ?? 20;
        if (Option(args, "--folds") is { } folds)
        {
            output.WriteLine(CrossValidate(catalog, folds).Report($"{folds}-fold cross-validation over {ExamplesReader.File}", misses));
            return 0;
        }

        var files = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !args[i - 1].StartsWith("--", StringComparison.Ordinal))).ToList();
        if (files.Count == 0)
        {
            files = [Path.Combine(directory, ExamplesReader.File), Path.Combine(Path.GetDirectoryName(directory)!, HeldOut)];
        }

        var reader = new MessageReader(catalog);
        foreach (var file in files)
        {
            output.WriteLine(CorpusScore.Measure(reader, Read(file)).Report(Path.GetFileName(file), misses));
        }

        return 0;
    }

    /// <summary>Each fold read by a reader that learnt from the other folds only.</summary>
    private static CorpusScore CrossValidate(ContentCatalog catalog, int folds)
    {
        var examples = catalog.Examples;
        var score = new CorpusScore();
        if (examples.Count == 0)
        {
            // The rules alone learn nothing: every example is read as it is.
            return CorpusScore.Measure(new MessageReader(catalog), UnlearntExamples);
        }

        for (var fold = 0; fold < folds; fold++)
        {
            var f = fold;
            var learnt = examples.Where((_, i) => i % folds != f).ToList();
            var tested = examples.Where((_, i) => i % folds == f).ToList();
            var reader = new MessageReader(catalog with { Examples = catalog.Examples.Count == 0 ? [] : learnt });
            score.Add(CorpusScore.Measure(reader, tested));
        }

        return score;
    }

    public static IReadOnlyList<CorpusCase> Read(string file)
    {
        var name = Path.GetFileName(file);
        return File.ReadAllLines(file)
            .Select((line, i) => CorpusCase.Parse(line, $"{name}:{i + 1}"))
            .OfType<CorpusCase>()
            .ToList();
    }

    private static int? Option(IReadOnlyList<string> args, string name)
    {
        var at = args.ToList().IndexOf(name);
        return at >= 0 && at + 1 < args.Count && int.TryParse(args[at + 1], out var value) ? value : null;
    }
}
