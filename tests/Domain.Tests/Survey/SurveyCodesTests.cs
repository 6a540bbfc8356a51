using OneStop.Domain.Survey;

namespace OneStop.Domain.Tests.Survey;

public sealed class SurveyCodesTests
{
    [Fact]
    public void Seeded_codes_are_the_same_every_run_so_a_turn_is_deterministic()
    {
        var first = new SurveyCodes(new Random(7));
        var second = new SurveyCodes(new Random(7));

        Assert.Equal(first.ResponseId(), second.ResponseId());
        Assert.Equal(first.Reference(), second.Reference());
    }

    [Fact]
    public void A_reference_has_five_letters_staff_can_read_aloud_without_0_O_1_or_I()
    {
        var codes = new SurveyCodes();

        for (var i = 0; i < 200; i++)
        {
            var reference = codes.Reference();
            Assert.Equal(5, reference.Length);
            Assert.DoesNotContain(reference, c => c is '0' or 'O' or '1' or 'I');
        }

        Assert.Matches("^[0-9a-f]{16}$", codes.ResponseId());
    }
}
