using OneStop.Domain.Checklist;

namespace OneStop.Domain.Tests.Checklist;

public class ChecklistMachineTests
{
    private static SavedChecklistAnswer Yes(string id) => new(id, ChecklistAnswer.Yes);

    private static SavedChecklistAnswer No(string id) => new(id, ChecklistAnswer.No);

    [Fact]
    public void Replay_of_nothing_is_at_the_start()
    {
        var position = new ChecklistMachine(SampleChecklists.Proxy).Replay([]);
        Assert.Equal("tu-nop", position.Current!.Id);
        Assert.Equal(1, position.Number);
        Assert.False(position.IsDone);
    }

    [Fact]
    public void Filing_through_someone_who_is_not_a_relative_asks_for_the_certified_authorisation()
    {
        var position = new ChecklistMachine(SampleChecklists.Proxy).Replay([No("tu-nop"), No("nguoi-than")]);
        Assert.Equal("chung-thuc", position.Current!.Id);
    }

    [Fact]
    public void Filing_yourself_skips_the_proxy_questions()
    {
        var position = new ChecklistMachine(SampleChecklists.Proxy).Replay([Yes("tu-nop")]);
        Assert.Equal("can-cuoc", position.Current!.Id);
        Assert.Equal(2, position.Number);
    }

    [Fact]
    public void Every_no_with_a_missing_paper_is_listed_with_where_it_comes_from()
    {
        var position = new ChecklistMachine(SampleChecklists.Proxy).Replay([No("tu-nop"), No("nguoi-than"), No("chung-thuc"), No("can-cuoc")]);
        Assert.True(position.IsDone);
        Assert.Equal(
            [new MissingPaper("Văn bản ủy quyền có chứng thực", "Ký trước mặt cán bộ, 10.000 đồng."), new MissingPaper("Thẻ căn cước", "Công an cấp.")],
            position.Missing);
    }

    [Fact]
    public void A_stored_answer_for_another_question_stops_the_replay_there()
    {
        // The file was edited: "nguoi-than" is no longer where the path goes after a yes.
        var position = new ChecklistMachine(SampleChecklists.Proxy).Replay([Yes("tu-nop"), No("nguoi-than"), Yes("can-cuoc")]);
        Assert.Single(position.Path);
        Assert.Equal("can-cuoc", position.Current!.Id);
    }

    [Fact]
    public void An_unknown_question_id_is_a_fresh_start()
    {
        var position = new ChecklistMachine(SampleChecklists.Proxy).Replay([Yes("gone")]);
        Assert.Empty(position.Path);
        Assert.Equal("tu-nop", position.Current!.Id);
    }

    [Fact]
    public void No_original_stops_early_but_an_incomplete_photocopy_does_not()
    {
        var machine = new ChecklistMachine(SampleChecklists.Copies);
        Assert.True(machine.Replay([No("ban-chinh")]).StoppedEarly);
        Assert.False(machine.Replay([Yes("ban-chinh"), Yes("da-photo"), No("du-trang")]).StoppedEarly);
        Assert.False(machine.Replay([Yes("ban-chinh"), No("da-photo")]).StoppedEarly);
    }

    [Fact]
    public void The_diagram_shows_every_question_and_both_answers()
    {
        var mermaid = new ChecklistMachine(SampleChecklists.Proxy).ToMermaid();
        Assert.StartsWith("stateDiagram-v2", mermaid.Trim(), StringComparison.Ordinal);
        Assert.Contains("nguoi-than", mermaid, StringComparison.Ordinal);
        Assert.Contains(": Yes", mermaid, StringComparison.Ordinal);
        Assert.Contains(": No", mermaid, StringComparison.Ordinal);
        Assert.Contains("done", mermaid, StringComparison.Ordinal);
    }
}
