using OneStop.Domain.Checklist;

namespace OneStop.Domain.Tests.Checklist;

public class ChecklistProgressTests
{
    [Theory]
    [InlineData("")]
    [InlineData("a:y,b:n")]
    [InlineData("a:y|12|3")]
    [InlineData("|5|")]
    public void StoredText_RoundTrips(string text) => Assert.Equal(text, ChecklistProgress.Parse(text).ToString());

    [Theory]
    [InlineData("a:maybe")]
    [InlineData("nonsense")]
    [InlineData(":y")]
    public void UnreadableText_IsAFreshStart(string text) => Assert.True(ChecklistProgress.Parse(text).IsEmpty);

    [Theory]
    [InlineData("a:y|-3|x", null, null)]
    [InlineData("a:y|0|99999999999", null, null)]
    [InlineData("a:y|4", 4, null)]
    public void BadNumbers_AreDropped_NotThrown(string text, int? pages, int? copies)
    {
        var progress = ChecklistProgress.Parse(text);
        Assert.Equal(pages, progress.Pages);
        Assert.Equal(copies, progress.Copies);
        Assert.Single(progress.Answers);
    }

    [Fact]
    public void AHugeForgedValue_IsCutToWhatAChecklistCouldHold()
    {
        var text = string.Join(',', Enumerable.Repeat("q:y", 10_000));
        Assert.Equal(100, ChecklistProgress.Parse(text).Answers.Count);
    }
}
