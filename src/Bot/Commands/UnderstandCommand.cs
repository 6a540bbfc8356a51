using Microsoft.Extensions.Configuration;
using OneStop.Bot.Content;
using OneStop.Bot.Hosting;
using OneStop.Domain.Conversation;
using OneStop.Domain.Understanding;

namespace OneStop.Bot.Commands;

/// <summary>
/// `understand [FILE…] [--misses N]`: reads the labelled corpus through the same reader the bot uses and prints the
/// accuracy per request kind and the confusions. Without files: the corpus in tests/Domain.Tests/Understanding/Corpus,
/// the tuning part (train.txt) and the held-out part (heldout.txt) reported apart.
/// </summary>
internal static class UnderstandCommand
{
    private const string CorpusFolder = "tests/Domain.Tests/Understanding/Corpus";

    public static int Run(IConfiguration config, IReadOnlyList<string> args, TextWriter output)
    {
        var directory = ContentDirectory.Resolve(config[$"{ContentOptions.Section}:Path"]);
        var options = new ConversationOptions(90, CommuneZone.Zone);
        var catalog = ContentLoader.LoadOrThrow(directory, c => FeatureSet.Create(c, options, config));
        var reader = new MessageReader(catalog);
        var misses = args.SkipWhile(a => a != "--misses").Skip(1).FirstOrDefault() is { } n && int.TryParse(n, out var m) ? m : 20;
        var files = args.TakeWhile(a => a != "--misses").ToList();
        if (files.Count == 0)
        {
            var folder = Path.Combine(Path.GetDirectoryName(directory)!, CorpusFolder);
            files = [Path.Combine(folder, "train.txt"), Path.Combine(folder, "heldout.txt")];
        }

        foreach (var file in files)
        {
            var cases = Read(file);
            output.WriteLine(CorpusScore.Measure(reader, cases).Report(Path.GetFileName(file), misses));
        }

        return 0;
    }

    public static IReadOnlyList<CorpusCase> Read(string file)
    {
        var name = Path.GetFileName(file);
        return File.ReadAllLines(file)
            .Select((line, i) => CorpusCase.Parse(line, $"{name}:{i + 1}"))
            .OfType<CorpusCase>()
            .ToList();
    }
}
