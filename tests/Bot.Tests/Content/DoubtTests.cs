using Microsoft.Extensions.Configuration;
using OneStop.Bot.Hosting;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;
using OneStop.Domain.Reminders;

namespace OneStop.Bot.Tests.Content;

/// <summary>
/// The one rule for doubt: a fact the commune has not confirmed and that a citizen acts on (the Wednesday model,
/// the hours) carries its short hedge once where citizens read it, and none once confirmed.
/// </summary>
public class DoubtTests
{
    private static readonly DateTimeOffset Tuesday = new(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));
    private static readonly ChatAddress Chat = new("test", "1");

    private static ContentCatalog Real => Support.Content.Real;

    private static string SameDayHedge => Real.Office.SameDay.Hedge!;

    private static ContentCatalog Confirmed() => Real with
    {
        Office = Real.Office with
        {
            SameDay = Real.Office.SameDay with { Confirmed = true },
            Hours = Real.Office.Hours with { Fact = Real.Office.Hours.Fact with { Confirmed = true } },
        },
    };

    private static string Say(ContentCatalog content, params string[] lines)
    {
        var features = Support.Content.Features(content);
        var engine = new ConversationEngine(content, Support.Content.Options, features);
        var session = new Session();
        IReadOnlyList<Reply> replies = [];
        foreach (var line in lines)
        {
            // "press:<payload>" presses a button; anything else is typed.
            var incoming = line.StartsWith("press:", StringComparison.Ordinal) ? Incoming.Pressed(Chat, line[6..]) : Incoming.Typed(Chat, line);
            replies = engine.Handle(session, incoming, Tuesday).Replies;
        }

        // The last message of the last turn: a first message also brings the welcome, which has its own hedge.
        return replies[^1].Text;
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    [Fact]
    public void TheOfficeFile_HedgesTheModelAndTheHours_AndAsksTheCommune()
    {
        Assert.False(Real.Office.SameDay.Confirmed);
        Assert.False(string.IsNullOrWhiteSpace(SameDayHedge));
        Assert.False(string.IsNullOrWhiteSpace(Real.Office.Hours.Fact.Hedge));
        Assert.DoesNotContain("chưa có xác nhận", Real.Office.SameDay.Text, StringComparison.Ordinal);
        Assert.All(Real.Procedures.Where(p => p.SameDay.Applies), p => Assert.DoesNotContain("chưa có xác nhận", p.SameDay.Fact.Text, StringComparison.Ordinal));
        Assert.NotNull(Real.Office.SameDay.Question);
    }

    [Theory]
    [InlineData("/start")]
    [InlineData("dang ky ket hon")]
    [InlineData("thu 4 tuan nay co lam khong")]
    public void WhatCitizensReadAboutTheModel_CarriesTheHedgeOnce(string message)
    {
        var text = Say(Real, message);
        Assert.Equal(1, Count(text, SameDayHedge));
    }

    [Fact]
    public void TheCheckVerdict_CarriesTheHedgeOnce()
    {
        var text = Say(Real, "press:" + OneStop.Domain.Checklist.ChecklistPress.Open("ket-hon"), "co", "roi", "co", "khong", "co", "co", "co", "co", "roi");
        Assert.Contains("đã đủ giấy tờ", text, StringComparison.Ordinal);
        Assert.Equal(1, Count(text, SameDayHedge));
    }

    [Fact]
    public void Reminders_CarryTheHedgesOfTheModelAndTheHours_UntilConfirmed()
    {
        var day = new DateOnly(2026, 12, 2);
        var unconfirmed = new ReminderWording(Real, ReminderSchedule.Default).Evening(day, "ket-hon");
        Assert.Equal(1, Count(unconfirmed, SameDayHedge));
        Assert.Contains(Real.Office.Hours.Fact.Hedge!, unconfirmed, StringComparison.Ordinal);

        var confirmed = new ReminderWording(Confirmed(), ReminderSchedule.Default).Evening(day, "ket-hon");
        Assert.DoesNotContain(SameDayHedge, confirmed, StringComparison.Ordinal);
        Assert.DoesNotContain(Real.Office.Hours.Fact.Hedge!, confirmed, StringComparison.Ordinal);
        Assert.DoesNotContain(" \n", confirmed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/start")]
    [InlineData("dang ky ket hon")]
    [InlineData("thu 4 tuan nay co lam khong")]
    [InlineData("may gio mo cua")]
    public void OnceConfirmed_NoHedgeIsSaid(string message)
    {
        var text = Say(Confirmed(), message);
        Assert.DoesNotContain(SameDayHedge, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Real.Office.Hours.Fact.Hedge!, text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheHoursAnswer_CarriesTheHoursHedge()
    {
        Assert.Contains(Real.Office.Hours.Fact.Hedge!, Say(Real, "may gio mo cua"), StringComparison.Ordinal);
    }
}
