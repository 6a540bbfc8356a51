using OneStop.Domain.Text;

namespace OneStop.Domain.Tests.Text;

public class PhraseIndexTests
{
    private static PhraseIndex<string> Index()
    {
        var index = new PhraseIndex<string>();
        index.Add("khai sinh", "birth");
        index.Add("ban sao giay khai sinh", "copy");
        index.Add("khai tu", "death");
        index.Add("ket hon", "marriage");
        return index;
    }

    [Fact]
    public void Find_PrefersTheLongerPhrase_WhenTwoOverlap()
    {
        var found = Index().Find(TextFolding.Words("xin bản sao giấy khai sinh"));
        Assert.Equal(["copy"], found.Select(m => m.Target));
    }

    [Fact]
    public void Find_ReturnsEveryPhrase_InTheOrderWritten()
    {
        var found = Index().Find(TextFolding.Words("khai tử và kết hôn"));
        Assert.Equal(["death", "marriage"], found.Select(m => m.Target));
    }

    [Fact]
    public void Find_ReadsPhrasesTypedWithoutSpaces()
    {
        var found = Index().Find(TextFolding.Words("lam khaitu"));
        Assert.Equal(["death"], found.Select(m => m.Target));
    }

    [Fact]
    public void Find_DoesNotMatchInsideOtherWords() =>
        Assert.Empty(Index().Find(TextFolding.Words("ketho nguyen")));
}
