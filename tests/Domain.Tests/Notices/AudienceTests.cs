using OneStop.Domain.Notices;

namespace OneStop.Domain.Tests.Notices;

public class AudienceTests
{
    [Fact]
    public void Everyone_includes_subscribers_with_or_without_an_area() =>
        Assert.True(Audience.Everyone.Includes(null, []) && Audience.Everyone.Includes("Vạn Phú (cũ)", []));

    [Fact]
    public void Areas_leave_out_subscribers_who_chose_none_or_another()
    {
        var audience = Audience.InAreas(["Vạn Giã (cũ)", "Vạn Lương (cũ)"]);
        Assert.True(audience.Includes("Vạn Lương (cũ)", []));
        Assert.False(audience.Includes("Vạn Phú (cũ)", []));
        Assert.False(audience.Includes(null, []));
    }

    [Fact]
    public void Procedure_includes_those_who_opened_its_card()
    {
        var audience = Audience.AskedAbout("ket-hon");
        Assert.True(audience.Includes(null, ["khai-tu", "ket-hon"]));
        Assert.False(audience.Includes("Vạn Giã (cũ)", ["khai-tu"]));
    }

    [Fact]
    public void The_reminder_audience_is_not_drawn_from_subscribers()
    {
        var audience = Audience.RemindedOf(new DateOnly(2026, 12, 2));
        Assert.False(audience.OfSubscribers);
        Assert.False(audience.Includes(null, []));
    }
}
