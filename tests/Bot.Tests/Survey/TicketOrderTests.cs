using OneStop.Bot.Survey;

namespace OneStop.Bot.Tests.Survey;

public class TicketOrderTests
{
    private static readonly DateOnly Tuesday = new(2026, 12, 1);

    [Fact]
    public void Staff_type_the_procedure_the_day_and_the_number_in_any_order()
    {
        var order = TicketOrder.Parse("5 02/12/2026 ket-hon", Support.Content.Real, Tuesday, 30, out _);

        Assert.Equal(new TicketOrder(2, new DateOnly(2026, 12, 2), SameDay: true, Count: 5), order);
    }

    [Fact]
    public void The_day_defaults_to_today_and_same_day_to_what_the_calendar_says()
    {
        var order = TicketOrder.Parse("", Support.Content.Real, Tuesday, 30, out _);

        Assert.Equal(new TicketOrder(null, Tuesday, SameDay: false, Count: null), order);
        Assert.True(TicketOrder.Parse("t4", Support.Content.Real, Tuesday, 30, out _)!.SameDay);
    }

    [Theory]
    [InlineData("ket-hon 99")]
    [InlineData("lam-giay-to")]
    [InlineData("32/12/2026")]
    public void A_word_it_does_not_know_is_named_back(string argument)
    {
        Assert.Null(TicketOrder.Parse(argument, Support.Content.Real, Tuesday, 30, out var unknown));
        Assert.NotNull(unknown);
    }

    [Fact]
    public void Button_payloads_round_trip_and_forged_ones_are_refused()
    {
        var order = new TicketOrder(null, new DateOnly(2026, 12, 2), true, null);

        Assert.Equal(order with { PlanItem = 3, Count = 10 }, TicketOrder.FromPayload(order.Payload(3, 10), Support.Content.Real, 30));
        Assert.Null(TicketOrder.FromPayload("pk:o:20261202:1:99:5", Support.Content.Real, 30));
        Assert.Null(TicketOrder.FromPayload("pk:o:20261202:1:2:500", Support.Content.Real, 30));
        Assert.Null(TicketOrder.FromPayload("pk:x:20261202:1", Support.Content.Real, 30));
        Assert.True(order.Payload(6, 30).Length <= 64);
    }
}
