using OneStop.Domain.Checklist;

namespace OneStop.Domain.Tests.Checklist;

public class DossierCheckTests
{
    private static readonly OneStop.Domain.Content.Procedure Copies = SampleChecklists.Procedure(SampleChecklists.Copies, SampleChecklists.PageFee);

    private static DossierCheck Fresh => DossierCheck.Resume(Copies, ChecklistProgress.Empty);

    [Fact]
    public void Certified_copies_ask_pages_then_copies_then_give_the_fee()
    {
        var check = Fresh.Answer(ChecklistAnswer.Yes)!.Answer(ChecklistAnswer.No)!;
        Assert.Equal(DossierStage.Pages, check.Stage);

        check = check.WithPages(12)!;
        Assert.Equal(DossierStage.Copies, check.Stage);

        check = check.WithCopies(2)!;
        Assert.Equal(DossierStage.Verdict, check.Stage);
        Assert.Equal(new CopyFee(12, 2, 14_000, 28_000), check.Fee);
        Assert.True(check.IsComplete);
    }

    [Fact]
    public void No_original_goes_straight_to_the_verdict_without_a_fee()
    {
        var check = Fresh.Answer(ChecklistAnswer.No)!;
        Assert.Equal(DossierStage.Verdict, check.Stage);
        Assert.False(check.IsComplete);
        Assert.Null(check.WithPages(3));
        Assert.Null(check.Fee);
    }

    [Fact]
    public void Back_undoes_copies_then_pages_then_the_last_answer()
    {
        var check = Fresh.Answer(ChecklistAnswer.Yes)!.Answer(ChecklistAnswer.No)!.WithPages(3)!.WithCopies(1)!;
        check = check.Back();
        Assert.Equal(DossierStage.Copies, check.Stage);
        check = check.Back();
        Assert.Equal(DossierStage.Pages, check.Stage);
        check = check.Back();
        Assert.Equal("da-photo", check.Position.Current!.Id);
        check = check.Back().Back();
        Assert.Equal("ban-chinh", check.Position.Current!.Id);
    }

    [Fact]
    public void Answering_an_earlier_question_again_asks_the_rest_again()
    {
        var check = Fresh.Answer(ChecklistAnswer.Yes)!.Answer(ChecklistAnswer.Yes)!;
        Assert.Equal("du-trang", check.Position.Current!.Id);

        var changed = check.AnswerAt(0, ChecklistAnswer.No)!;

        Assert.Single(changed.Position.Path);
        Assert.Equal(DossierStage.Verdict, changed.Stage);
    }

    [Fact]
    public void A_question_off_the_path_or_out_of_range_is_refused()
    {
        var check = Fresh.Answer(ChecklistAnswer.Yes)!;
        Assert.Null(check.AnswerAt(2, ChecklistAnswer.Yes));
        Assert.Null(check.AnswerAt(99, ChecklistAnswer.Yes));
        Assert.Null(check.AnswerAt(-1, ChecklistAnswer.Yes));
    }

    [Fact]
    public void Progress_round_trips_and_restart_forgets_it()
    {
        var check = Fresh.Answer(ChecklistAnswer.Yes)!.Answer(ChecklistAnswer.No)!.WithPages(3)!;
        var stored = check.Progress.ToString();
        Assert.Equal("ban-chinh:y,da-photo:n|3|", stored);

        var resumed = DossierCheck.Resume(Copies, ChecklistProgress.Parse(stored));
        Assert.Equal(DossierStage.Copies, resumed.Stage);
        Assert.Equal(3, resumed.Pages);
        Assert.True(resumed.Restart().Progress.IsEmpty);
    }

    [Fact]
    public void Pages_and_copies_outside_their_range_are_refused()
    {
        var check = Fresh.Answer(ChecklistAnswer.Yes)!.Answer(ChecklistAnswer.No)!;
        Assert.Null(check.WithPages(0));
        Assert.Null(check.WithPages(CopyFee.MaxPages + 1));
        Assert.Null(check.WithPages(3)!.WithCopies(CopyFee.MaxCopies + 1));
        Assert.Null(check.WithCopies(2));
    }

    [Fact]
    public void A_procedure_without_a_page_fee_ends_at_the_verdict()
    {
        var proxy = SampleChecklists.Procedure(SampleChecklists.Proxy);
        var check = DossierCheck.Resume(proxy, ChecklistProgress.Empty).Answer(ChecklistAnswer.Yes)!.Answer(ChecklistAnswer.Yes)!;
        Assert.Equal(DossierStage.Verdict, check.Stage);
        Assert.True(check.IsComplete);
        Assert.Null(check.Answer(ChecklistAnswer.Yes));
    }
}
