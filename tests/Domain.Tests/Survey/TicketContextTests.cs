using OneStop.Domain.Survey;

namespace OneStop.Domain.Tests.Survey;

public class TicketContextTests
{
    private static readonly SurveyTicket Ticket = new(ulong.MaxValue, 5, new DateOnly(2026, 12, 2), true, new DateOnly(2027, 1, 1));

    [Theory]
    [InlineData(TicketCheck.Fresh)]
    [InlineData(TicketCheck.Used)]
    public void What_the_edge_found_reaches_the_survey_unchanged(TicketCheck check)
    {
        var read = TicketContext.Read(TicketContext.Describe(check, Ticket), out var ticket);

        Assert.Equal(check, read);
        Assert.Equal(Ticket, ticket);
    }

    [Fact]
    public void A_forged_ticket_carries_no_fields()
    {
        var read = TicketContext.Read(TicketContext.Describe(TicketCheck.Forged, null), out var ticket);

        Assert.Equal(TicketCheck.Forged, read);
        Assert.Null(ticket);
    }

    [Fact]
    public void Without_the_edge_nothing_is_trusted()
    {
        Assert.Equal(TicketCheck.Unchecked, TicketContext.Read(new Dictionary<string, string>(), out _));
        Assert.Equal(TicketCheck.Unchecked, TicketContext.Read(new Dictionary<string, string> { ["survey.ticket"] = "Fresh" }, out _));
        Assert.Equal(TicketCheck.Unchecked, TicketContext.Read(new Dictionary<string, string> { ["survey.ticket"] = "42" }, out _));
    }
}
