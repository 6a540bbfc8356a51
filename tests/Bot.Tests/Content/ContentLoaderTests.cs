using OneStop.Bot.Content;
using OneStop.Bot.Tests.Support;
using OneStop.Domain.Content;

namespace OneStop.Bot.Tests.Content;

public class ContentLoaderTests
{
    [Fact]
    public void The_shipped_content_loads_without_problems()
    {
        var (catalog, problems) = Support.Content.Load(Repository.Content);
        Assert.Empty(problems);
        Assert.NotNull(catalog);
        Assert.Equal([1, 2, 3, 4, 5, 6], catalog.Procedures.Select(p => p.PlanItem).Order());
    }

    [Fact]
    public void Every_shipped_fact_has_a_source()
    {
        var catalog = Support.Content.Real;
        var facts = catalog.Procedures.SelectMany(p => p.Facts()).Concat(catalog.Office.Facts()).Concat(catalog.Topics.OutOfScope.Select(t => t.Fact));
        Assert.All(facts, f => Assert.False(string.IsNullOrWhiteSpace(f.Source), $"{f.Origin} has no source"));
    }

    [Fact]
    public void Item_six_is_a_routing_node_that_promises_no_same_day_service()
    {
        var confirmations = Support.Content.Real.Procedures.Single(p => p.PlanItem == 6);
        Assert.Equal(ProcedureKind.Routing, confirmations.Kind);
        Assert.False(confirmations.SameDay.Applies);
        Assert.Contains(confirmations.Routes, r => r.ProcedureId == "chung-thuc-chu-ky");
    }

    [Fact]
    public void Marriage_needs_no_marital_status_certificate_and_both_partners_in_person()
    {
        var marriage = Support.Content.Real.FindProcedure("ket-hon")!;
        Assert.DoesNotContain(marriage.Documents, d => d.Fact.Text.Contains("tình trạng hôn nhân", StringComparison.OrdinalIgnoreCase) && d.When is null);
        Assert.Contains("cả hai", marriage.InPerson.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(OnlineLevel.Partial, marriage.Online.Level);
    }

    [Fact]
    public void Validate_lists_unconfirmed_facts_least_certain_first()
    {
        var unconfirmed = ContentValidator.Unconfirmed(Support.Content.Real);
        Assert.NotEmpty(unconfirmed);
        Assert.Equal(Confidence.Uncertain, unconfirmed[0].Confidence);
    }

    [Fact]
    public void Broken_yaml_is_reported_with_its_file_and_line()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        File.WriteAllText(Path.Combine(content, "flows.yaml"), "start: menu\nsteps:\n  - id: menu\n    say: [unclosed\n");
        var (catalog, problems) = Support.Content.Load(content);
        Assert.Null(catalog);
        Assert.Contains(problems, p => p.Where.File == "flows.yaml" && p.Where.Line > 0);
    }

    [Fact]
    public void A_button_to_an_unknown_step_is_reported_on_its_line()
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
    public void An_unreachable_step_a_duplicate_button_and_a_missing_message_are_all_reported()
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
    public void A_checklist_branch_to_nowhere_and_a_fact_without_source_are_reported()
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
    public void A_missing_file_is_reported_by_name()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        File.Delete(Path.Combine(content, "messages.yaml"));
        var (catalog, problems) = Support.Content.Load(content);
        Assert.Null(catalog);
        Assert.Contains(problems, p => p.Where.File == "messages.yaml" && p.What.Contains("missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_or_throw_explains_every_problem_and_the_command_to_run()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        File.WriteAllText(Path.Combine(content, "office.yaml"), "name: {text: \"x\"}\n");
        var ex = Assert.Throws<InvalidDataException>(() => ContentLoader.LoadOrThrow(content));
        Assert.Contains("office.yaml:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("validate", ex.Message, StringComparison.Ordinal);
    }
}
