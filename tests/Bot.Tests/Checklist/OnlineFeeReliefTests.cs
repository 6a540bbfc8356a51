using OneStop.Domain.Conversation;
using OneStop.Domain.Online;

namespace OneStop.Bot.Tests.Checklist;

/// <summary>
/// The online fee waiver for copies of civil-status extracts (Thông tư 117/2026/TT-BTC, 15/08/2026–28/02/2027) is said
/// only while it is in force, judged by the date in the commune, wherever the server is.
/// </summary>
public class OnlineFeeReliefTests
{
    private const string Waiver = "miễn khoản 8.000 đồng";
    private static readonly ChatAddress Chat = new("test", "relief");

    [Theory]
    [InlineData("2026-08-14T23:59:00+07:00", false)]
    [InlineData("2026-08-14T17:30:00+00:00", true)] // 00:30 on 15/08 in the commune
    [InlineData("2026-12-01T09:00:00+07:00", true)]
    [InlineData("2027-02-28T16:59:00+00:00", true)] // 23:59 on 28/02 in the commune
    [InlineData("2027-02-28T17:00:00+00:00", false)] // 00:00 on 01/03 in the commune
    public void The_waiver_is_on_the_route_page_and_the_card_only_while_in_force(string at, bool said)
    {
        var now = DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture);
        var engine = Support.Content.Engine();
        var session = new Session();

        var route = engine.Handle(session, Incoming.Pressed(Chat, OnlinePress.Route("ban-sao-trich-luc")), now).Replies[^1];
        var card = engine.Handle(session, Incoming.Pressed(Chat, ButtonPress.Procedure("ban-sao-trich-luc")), now).Replies[^1];
        var fee = engine.Handle(session, Incoming.Pressed(Chat, OnlinePress.Guide("ban-sao-trich-luc", 5)), now).Replies[^1];

        Assert.Equal(said, route.Text.Contains(Waiver, StringComparison.Ordinal));
        Assert.Equal(said, card.Text.Contains(Waiver, StringComparison.Ordinal));
        Assert.Equal(said, fee.Text.Contains(Waiver, StringComparison.Ordinal));
    }

    [Fact]
    public void Other_procedures_promise_no_waiver()
    {
        var engine = Support.Content.Engine();
        var now = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));
        foreach (var id in new[] { "ket-hon", "khai-tu", "chung-thuc-ban-sao" })
        {
            var route = engine.Handle(new Session(), Incoming.Pressed(Chat, OnlinePress.Route(id)), now).Replies[^1];
            Assert.DoesNotContain("🎁", route.Text, StringComparison.Ordinal);
        }
    }
}
