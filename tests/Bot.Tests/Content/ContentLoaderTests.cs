using OneStop.Bot.Content;
using OneStop.Bot.Tests.Support;
using OneStop.Domain.Content;

namespace OneStop.Bot.Tests.Content;

public class ContentLoaderTests
{
    [Fact]
    public void TheShippedContent_LoadsWithoutProblems()
    {
        var (catalog, problems) = Support.Content.Load(Repository.Content);
        Assert.Empty(problems);
        Assert.NotNull(catalog);
        Assert.Equal([1, 2, 3, 4, 5, 6], catalog.Procedures.Select(p => p.PlanItem).Order());
    }

    [Fact]
    public void EveryShippedFact_HasASource()
    {
        var catalog = Support.Content.Real;
        var facts = catalog.Procedures.SelectMany(p => p.Facts()).Concat(catalog.Office.Facts()).Concat(catalog.Topics.OutOfScope.Select(t => t.Fact));
        Assert.All(facts, f => Assert.False(string.IsNullOrWhiteSpace(f.Source), $"{f.Origin} has no source"));
    }

    [Fact]
    public void ItemSix_IsARoutingNode_ThatPromisesNoSameDayService()
    {
        var confirmations = Support.Content.Real.Procedures.Single(p => p.PlanItem == 6);
        Assert.Equal(ProcedureKind.Routing, confirmations.Kind);
        Assert.False(confirmations.SameDay.Applies);
        Assert.Contains(confirmations.Routes, r => r.ProcedureId == "chung-thuc-chu-ky");
    }

    [Fact]
    public void Marriage_NeedsNoMaritalStatusCertificate_AndBothPartnersInPerson()
    {
        var marriage = Support.Content.Real.FindProcedure("ket-hon")!;
        Assert.DoesNotContain(marriage.Documents, d => d.Fact.Text.Contains("tình trạng hôn nhân", StringComparison.OrdinalIgnoreCase) && d.When is null);
        Assert.Contains("cả hai", marriage.InPerson.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(OnlineLevel.Partial, marriage.Online.Level);
    }

    [Fact]
    public void Validate_ListsUnconfirmedFacts_LeastCertainFirst()
    {
        var unconfirmed = ContentValidator.Unconfirmed(Support.Content.Real);
        Assert.NotEmpty(unconfirmed);
        Assert.Equal(Confidence.Uncertain, unconfirmed[0].Confidence);
    }

    [Fact]
    public void BrokenYaml_IsReportedWithItsFileAndLine()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        File.WriteAllText(Path.Combine(content, "flows.yaml"), "start: menu\nsteps:\n  - id: menu\n    say: [unclosed\n");
        var (catalog, problems) = Support.Content.Load(content);
        Assert.Null(catalog);
        Assert.Contains(problems, p => p.Where.File == "flows.yaml" && p.Where.Line > 0);
    }

    [Fact]
    public void AButtonToAnUnknownStep_IsReportedOnItsLine()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        var flows = Path.Combine(content, "flows.yaml");
        var lines = File.ReadAllLines(flows).ToList();
        var line = lines.FindIndex(l => l.Contains("id: to-office", StringComparison.Ordinal));
        lines[line] = lines[line].Replace("to: office", "to: nowhere", StringComparison.Ordinal);
        File.WriteAllLines(flows, lines);

        var (_, problems) = Support.Content.Load(content);

        var problem = Assert.Single(problems, p => p.What.Contains("nowhere", StringComparison.Ordinal));
        Assert.Equal(new SourceRef("flows.yaml", line + 1), problem.Where);
    }

    [Fact]
    public void AnUnreachableStep_ADuplicateButtonAndAMissingMessage_AreAllReported()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        File.AppendAllText(Path.Combine(content, "flows.yaml"),
            "\n  - id: orphan\n    say: no.such.message\n    buttons:\n      - { id: to-office, label: \"Again\", to: office }\n");

        var (_, problems) = Support.Content.Load(content);

        Assert.Contains(problems, p => p.What.Contains("'orphan' cannot be reached", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.What.Contains("'to-office' is used twice", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.What.Contains("no.such.message", StringComparison.Ordinal));
    }

    [Fact]
    public void AChecklistBranchToNowhere_AndAFactWithoutSource_AreReported()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        var file = Path.Combine(content, "procedures", "khai-tu.yaml");
        var text = File.ReadAllText(file);
        var firstYes = text.IndexOf("yes: ", text.IndexOf("questions:", StringComparison.Ordinal), StringComparison.Ordinal);
        var endOfLine = text.IndexOf('\n', firstYes);
        text = text[..firstYes] + "yes: no-such-question" + text[endOfLine..];
        var firstSource = text.IndexOf("  source:", StringComparison.Ordinal);
        text = text[..firstSource] + "  sauce:" + text[(firstSource + "  source:".Length)..];
        File.WriteAllText(file, text);

        var (_, problems) = Support.Content.Load(content);

        Assert.Contains(problems, p => p.Where.File == "procedures/khai-tu.yaml" && p.What.Contains("no-such-question", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Where.File == "procedures/khai-tu.yaml" && p.What.Contains("unknown key 'sauce'", StringComparison.Ordinal));
    }

    [Fact]
    public void AMissingFile_IsReportedByName()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        File.Delete(Path.Combine(content, "messages.yaml"));
        var (catalog, problems) = Support.Content.Load(content);
        Assert.Null(catalog);
        Assert.Contains(problems, p => p.Where.File == "messages.yaml" && p.What.Contains("missing", StringComparison.Ordinal));
    }

    [Fact]
    public void LoadOrThrow_ExplainsEveryProblemAndTheCommandToRun()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        File.WriteAllText(Path.Combine(content, "office.yaml"), "name: {text: \"x\"}\n");
        var ex = Assert.Throws<InvalidDataException>(() => ContentLoader.LoadOrThrow(content));
        Assert.Contains("office.yaml:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("validate", ex.Message, StringComparison.Ordinal);
    }
}
