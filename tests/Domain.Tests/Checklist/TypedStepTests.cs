using OneStop.Domain.Checklist;
using OneStop.Domain.Text;

namespace OneStop.Domain.Tests.Checklist;

public class TypedStepTests
{
    private static readonly DossierCheck Fresh =
        DossierCheck.Resume(SampleChecklists.Procedure(SampleChecklists.Copies, SampleChecklists.PageFee), ChecklistProgress.Empty);

    private static TypedStep? Read(DossierCheck check, string text, bool unrelated = false) =>
        TypedStep.Read(check, text, TextFolding.Words(text), unrelated);

    [Fact]
    public void A_yes_or_no_answers_the_question()
    {
        var step = Read(Fresh, "dạ có ạ")!;
        Assert.False(step.AskAgain);
        Assert.Equal("da-photo", step.Check.Position.Current!.Id);
    }

    [Fact]
    public void Garbled_text_is_asked_again_but_another_question_is_left_to_the_conversation()
    {
        Assert.True(Read(Fresh, "xyz", unrelated: true)!.AskAgain);
        Assert.Null(Read(Fresh, "ket hon can gi"));
    }

    [Fact]
    public void Numbers_fill_the_counts_and_nonsense_is_asked_again()
    {
        var atPages = Fresh.Answer(ChecklistAnswer.Yes)!.Answer(ChecklistAnswer.No)!;
        Assert.Equal(12, Read(atPages, "12 trang")!.Check.Pages);
        Assert.True(Read(atPages, "0")!.AskAgain);
        Assert.True(Read(atPages, "có")!.AskAgain);
        Assert.True(Read(atPages, "99999999999")!.AskAgain);
        Assert.Null(Read(atPages, "sao y bao nhieu tien"));
    }

    [Fact]
    public void Restart_and_previous_work_like_their_buttons()
    {
        var second = Fresh.Answer(ChecklistAnswer.Yes)!;
        Assert.Equal("ban-chinh", Read(second, "câu trước")!.Check.Position.Current!.Id);
        Assert.True(Read(second, "làm lại đi")!.Check.Progress.IsEmpty);
        Assert.Null(Read(second, "làm lại giấy khai sinh bị mất thì sao"));
    }
}
