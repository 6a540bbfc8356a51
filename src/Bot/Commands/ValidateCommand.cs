using Microsoft.Extensions.Configuration;
using OneStop.Bot.Content;
using OneStop.Bot.Hosting;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Commands;

/// <summary>
/// `validate`: checks conversation-flows/ and lists the facts the commune has not confirmed yet.
/// `validate --launch`: the same, and fails while any fact is unconfirmed, listing each under the question to ask
/// the commune, so the office knows what to settle before going live.
/// </summary>
internal static class ValidateCommand
{
    public static int Run(IConfiguration config, TextWriter output, bool launch = false)
    {
        var (loaded, problems) = FeatureContent.Load(config);
        var catalog = loaded?.Content;
        output.WriteLine($"Checking {FeatureContent.Directory(config)}");
        foreach (var problem in problems)
        {
            output.WriteLine(problem);
        }

        if (catalog is null)
        {
            output.WriteLine($"{problems.Count} problem(s): the bot will not start until they are fixed.");
            return 1;
        }

        output.WriteLine($"OK: {catalog.Procedures.Count} procedures, {catalog.Flow.Steps.Count} steps, {catalog.Messages.Keys.Count()} messages.");
        return launch ? Launch(catalog, output) : List(catalog, output);
    }

    private static int List(ContentCatalog catalog, TextWriter output)
    {
        var unconfirmed = ContentValidator.Unconfirmed(catalog);
        output.WriteLine($"{unconfirmed.Count} fact(s) not yet confirmed by the commune (least certain first; `validate --launch` groups them by the question to ask):");
        foreach (var fact in unconfirmed)
        {
            output.WriteLine($"  {fact.Origin} [{Tag(fact.Confidence)}] {Shorten(fact.Text)}");
        }

        return 0;
    }

    private static int Launch(ContentCatalog catalog, TextWriter output)
    {
        var questions = LaunchCheck.Questions(catalog);
        if (questions.Count == 0)
        {
            output.WriteLine("Ready for launch: the commune has confirmed every fact and every year's calendar.");
            return 0;
        }

        var facts = questions.Sum(q => q.Facts.Count);
        output.WriteLine($"NOT READY FOR LAUNCH: {facts} fact(s) the commune has not confirmed, under {questions.Count} question(s).");
        output.WriteLine("Ask the commune each question; when the answer matches the fact, set `confirmed: true` on it (or fix its text first).");
        var number = 0;
        foreach (var question in questions)
        {
            output.WriteLine();
            output.WriteLine($"{++number}. {question.Question}");
            foreach (var fact in question.Facts)
            {
                output.WriteLine($"   {fact.Origin} [{Tag(fact.Confidence)}] {Shorten(fact.Text)}");
            }
        }

        return 1;
    }

    private static string Tag(Confidence confidence) => confidence switch
    {
        Confidence.Verified => "V",
        Confidence.Secondary => "S",
        Confidence.Memory => "M",
        _ => "?",
    };

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length == 0 ? "(no text: see the file)" : line.Length <= 100 ? line : line[..97] + "...";
    }
}
