namespace OneStop.Domain.Content;

public static partial class ContentValidator
{
    // The bot speaks as "em" to "ông/bà"; an office voice ("chúng tôi") and abbreviations a citizen may not know
    // ("PVHCC") do not belong in what citizens read. Sources name the legal text or a public page that
    // SOURCES.md lists, never a working file outside the repository.
    private static readonly string[] ForbiddenInCitizenText = ["chúng tôi", "PVHCC"];
    private static readonly string[] ForbiddenInSources = ["reference.md", "/work/", "../"];

    private static void CheckWording(ContentCatalog catalog, List<ContentProblem> problems)
    {
        var facts = catalog.Office.Facts()
            .Concat(catalog.Procedures.SelectMany(p => p.Facts()))
            .Concat(catalog.Topics.OutOfScope.Select(t => t.Fact))
            .ToList();
        foreach (var fact in facts)
        {
            Forbidden(fact.Text, fact.Origin, "text", ForbiddenInCitizenText, problems);
            Forbidden(fact.Source, fact.Origin, "source", ForbiddenInSources, problems);
        }

        foreach (var key in catalog.Messages.Keys)
        {
            Forbidden(catalog.Messages.Raw(key), catalog.Messages.Origins.GetValueOrDefault(key), $"message '{key}'", ForbiddenInCitizenText, problems);
        }

        Forbidden(catalog.Office.ShortName, catalog.Office.Name.Origin, "short_name", ForbiddenInCitizenText, problems);
    }

    private static void Forbidden(string text, SourceRef where, string what, string[] words, List<ContentProblem> problems)
    {
        foreach (var word in words.Where(w => text.Contains(w, StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add(new ContentProblem(where, words == ForbiddenInSources
                ? $"the {what} cites '{word}': cite the legal text or public page itself (list it in SOURCES.md)."
                : $"the {what} says '{word}': the bot speaks as “em” and writes names in full, so a citizen understands."));
        }
    }
}
