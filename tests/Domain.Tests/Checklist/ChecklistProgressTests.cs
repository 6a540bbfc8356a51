using OneStop.Domain.Checklist;

namespace OneStop.Domain.Tests.Checklist;

public class ChecklistProgressTests
{
    [Theory]
    [InlineData("")]
    [InlineData("a:y,b:n")]
    [InlineData("a:y|12|3")]
    [InlineData("|5|")]
    public void Stored_text_round_trips(string text) => Assert.Equal(text, ChecklistProgress.Parse(text).ToString());

    [Theory]
    [InlineData("a:maybe")]
    [InlineData("nonsense")]
    [InlineData(":y")]
    public void Unreadable_text_is_a_fresh_start(string text) => Assert.True(ChecklistProgress.Parse(text).IsEmpty);

    [Theory]
    [InlineData("a:y|-3|x", null, null)]
    [InlineData("a:y|0|99999999999", null, null)]
    [InlineData("a:y|4", 4, null)]
    public void Bad_numbers_are_dropped_not_thrown(string text, int? pages, int? copies)
    {
        var progress = ChecklistProgress.Parse(text);
        Assert.Equal(pages, progress.Pages);
        Assert.Equal(copies, progress.Copies);
        Assert.Single(progress.Answers);
    }

    [Fact]
    public void A_huge_forged_value_is_cut_to_what_a_checklist_could_hold()
    {
        var text = string.Join(',', Enumerable.Repeat("q:y", 10_000));
        Assert.Equal(100, ChecklistProgress.Parse(text).Answers.Count);
    }
}
