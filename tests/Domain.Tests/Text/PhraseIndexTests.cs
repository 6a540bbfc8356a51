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
    public void Find_prefers_the_longer_phrase_when_two_overlap()
    {
        var found = Index().Find(TextFolding.Words("xin bản sao giấy khai sinh"));
        Assert.Equal(["copy"], found.Select(m => m.Target));
    }

    [Fact]
    public void Find_returns_every_phrase_in_the_order_written()
    {
        var found = Index().Find(TextFolding.Words("khai tử và kết hôn"));
        Assert.Equal(["death", "marriage"], found.Select(m => m.Target));
    }

    [Fact]
    public void Find_reads_phrases_typed_without_spaces()
    {
        var found = Index().Find(TextFolding.Words("lam khaitu"));
        Assert.Equal(["death"], found.Select(m => m.Target));
    }

    [Fact]
    public void Find_does_not_match_inside_other_words() =>
        Assert.Empty(Index().Find(TextFolding.Words("ketho nguyen")));
}
