using Microsoft.Extensions.Configuration;
using OneStop.Bot.Content;
using OneStop.Bot.Hosting;
using OneStop.Bot.Tests.Support;

namespace OneStop.Bot.Tests.Checklist;

/// <summary>A broken checklist or fee-waiver entry is caught by `validate`, with its file and line, before it reaches citizens.</summary>
public sealed class ChecklistValidationTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _content;

    public ChecklistValidationTests() => _content = _temp.CopyOfContent();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void TheShippedChecklists_AreValid()
    {
        var (catalog, problems) = Support.Content.Load(Repository.Content);
        Assert.Empty(problems);
        Assert.NotNull(catalog);
    }

    [Fact]
    public void ABranchThatLoopsBack_IsReported()
    {
        // "du-trang" (the last question) sends a "no" back to the first question.
        Edit("chung-thuc-ban-sao", text => Replace(text, "    - id: du-trang", "      no: done", "      no: co-ban-chinh"));
        var problem = Assert.Single(Problems(), p => p.What.Contains("loops back", StringComparison.Ordinal));
        Assert.Equal("procedures/chung-thuc-ban-sao.yaml", problem.Where.File);
    }

    [Fact]
    public void AQuestionNoAnswerLeadsTo_IsReportedOnItsLine()
    {
        // Both answers of "nguoi-than" skip "co-giay-quan-he", which nothing else leads to.
        Edit("ban-sao-trich-luc", text => Replace(text, "    - id: nguoi-than", "      yes: co-giay-quan-he", "      yes: uy-quyen-than"));
        var problem = Assert.Single(Problems(), p => p.What.Contains("'co-giay-quan-he' cannot be reached", StringComparison.Ordinal));
        Assert.Equal("procedures/ban-sao-trich-luc.yaml", problem.Where.File);
        Assert.True(problem.Where.Line > 0);
    }

    [Fact]
    public void AStartThatIsNotAQuestion_AndABranchToNowhere_AreReported()
    {
        Edit("ket-hon", text => text.Replace("  start: cong-dan-vn", "  start: cong-dan", StringComparison.Ordinal));
        Edit("khai-tu", text => Replace(text, "    - id: tu-nop", "      no: nguoi-than", "      no: nguoi-nha"));
        var problems = Problems();
        Assert.Contains(problems, p => p.Where.File == "procedures/ket-hon.yaml" && p.What.Contains("'cong-dan' is not a question", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Where.File == "procedures/khai-tu.yaml" && p.What.Contains("unknown question 'nguoi-nha'", StringComparison.Ordinal));
    }

    [Fact]
    public void AQuestionCalledDone_OrWrittenTwice_IsReported()
    {
        Edit("chung-thuc-chu-ky", text => text.Replace("    - id: da-ky-san", "    - id: done", StringComparison.Ordinal));
        Edit("xac-nhan", text => text.Replace("    - id: la-vay-nhcsxh", "    - id: la-cu-tru", StringComparison.Ordinal));
        var problems = Problems();
        Assert.Contains(problems, p => p.Where.File == "procedures/chung-thuc-chu-ky.yaml" && p.What.Contains("reserved word 'done'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Where.File == "procedures/xac-nhan.yaml" && p.What.Contains("'la-cu-tru' is used twice", StringComparison.Ordinal));
    }

    [Fact]
    public void AFeeWaiverEndingBeforeItStarts_OrWithABadDate_IsReported()
    {
        Edit("ban-sao-trich-luc", text => text.Replace("  until: \"2027-02-28\"", "  until: \"2026-02-28\"", StringComparison.Ordinal));
        Edit("khai-tu", text => text.Replace("checklist:\n", "online_fee_relief:\n  from: \"15/08/2026\"\n  until: \"2027-02-28\"\n  text: \"x\"\n  source: \"y\"\nchecklist:\n", StringComparison.Ordinal));
        var problems = Problems();
        Assert.Contains(problems, p => p.Where.File == "procedures/ban-sao-trich-luc.yaml" && p.What.Contains("'until' is before 'from'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Where.File == "procedures/khai-tu.yaml" && p.What.Contains("yyyy-mm-dd", StringComparison.Ordinal));
    }

    private IReadOnlyList<OneStop.Domain.Content.ContentProblem> Problems()
    {
        var (catalog, problems) = ContentLoader.Load(_content);
        Assert.Null(catalog);
        return problems;
    }

    private void Edit(string procedure, Func<string, string> change)
    {
        var file = Path.Combine(_content, "procedures", procedure + ".yaml");
        var before = File.ReadAllText(file);
        var after = change(before);
        Assert.NotEqual(before, after);
        File.WriteAllText(file, after);
    }

    /// <summary>Replaces <paramref name="line"/> by <paramref name="with"/> in the block that starts at <paramref name="block"/>.</summary>
    private static string Replace(string text, string block, string line, string with)
    {
        var start = text.IndexOf(block + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no '{block}' in the file");
        var at = text.IndexOf(line + "\n", start, StringComparison.Ordinal);
        return text[..at] + with + text[(at + line.Length)..];
    }
}
