using System.Text;
using OneStop.Domain.Survey;

namespace OneStop.Domain.Tests.Survey;

public class TicketSealTests
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("a-long-secret-for-the-tests-only");
    private static readonly SurveyTicket Ticket = new(0x0123456789ABCDEF, 2, new DateOnly(2026, 12, 2), true, new DateOnly(2027, 1, 1));

    [Fact]
    public void A_sealed_ticket_opens_with_the_same_secret_and_keeps_every_field()
    {
        var payload = TicketSeal.Seal(Ticket, Key);

        Assert.True(TicketSeal.TryOpen(payload, Key, out var opened));
        Assert.Equal(Ticket, opened);
    }

    [Fact]
    public void The_payload_fits_a_Telegram_deep_link()
    {
        var payload = TicketSeal.Seal(Ticket, Key);

        Assert.True(payload.Length <= 64, payload);
        Assert.All(payload, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '_' or '-', $"'{c}' is not allowed in a deep link"));
        Assert.StartsWith(TicketSeal.Prefix, payload);
    }

    [Fact]
    public void Every_altered_character_makes_the_ticket_a_forgery()
    {
        var payload = TicketSeal.Seal(Ticket, Key);

        for (var i = TicketSeal.Prefix.Length; i < payload.Length; i++)
        {
            var altered = payload.ToCharArray();
            altered[i] = altered[i] == 'A' ? 'B' : 'A';
            Assert.False(TicketSeal.TryOpen(new string(altered), Key, out _), $"changing character {i} went unnoticed");
        }
    }

    [Fact]
    public void A_ticket_made_with_another_secret_does_not_open()
    {
        var other = TicketSeal.Seal(Ticket, Encoding.UTF8.GetBytes("another-installation-secret-123"));

        Assert.False(TicketSeal.TryOpen(other, Key, out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("sv")]
    [InlineData("svAAAA")]
    [InlineData("sv!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!")]
    [InlineData("xyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("svAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void Made_up_payloads_do_not_open(string payload)
    {
        Assert.False(TicketSeal.TryOpen(payload, Key, out _));
    }

    [Fact]
    public void Two_tickets_for_the_same_visit_have_different_links()
    {
        var first = TicketSeal.Seal(Ticket, Key);
        var second = TicketSeal.Seal(Ticket with { Id = Ticket.Id + 1 }, Key);

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void A_short_secret_is_refused()
    {
        Assert.Throws<ArgumentException>(() => TicketSeal.Seal(Ticket, Encoding.UTF8.GetBytes("short")));
    }

    [Fact]
    public void A_ticket_is_expired_only_after_its_last_day()
    {
        Assert.False(Ticket.IsExpired(new DateOnly(2027, 1, 1)));
        Assert.True(Ticket.IsExpired(new DateOnly(2027, 1, 2)));
    }
}
