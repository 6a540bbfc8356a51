using System.Text;
using LiteDB;
using OneStop.Bot.Storage;
using OneStop.Bot.Survey;
using OneStop.Bot.Tests.Support;
using OneStop.Domain.Conversation;
using OneStop.Domain.Survey;

namespace OneStop.Bot.Tests.Survey;

/// <summary>Tickets, answers and complaints through the real conversation service and a real database file.</summary>
public class SurveyStorageTests
{
    private static readonly ChatAddress Citizen = new("telegram", "777000111");
    private static readonly ChatAddress Neighbour = new("telegram", "777000222");
    private static readonly SurveyTicket Ticket = new(0xC0FFEE, 2, new DateOnly(2026, 11, 25), true, new DateOnly(2026, 12, 25));

    [Fact]
    public void A_ticket_opens_one_survey_only_whoever_scans_it_next()
    {
        using var temp = new TempFolder();
        using var desk = new SurveyDesk(temp);
        var link = SurveyDesk.Link(Ticket);

        var first = desk.Type(Citizen, $"/start {link}");
        var second = desk.Type(Neighbour, $"/start {link}");

        Assert.Contains(first, m => m.Text.Contains("Câu 1/6", StringComparison.Ordinal));
        Assert.Contains(second, m => m.Text.Contains("đã được dùng", StringComparison.Ordinal));
        Assert.DoesNotContain(second, m => m.Text.Contains("Câu 1/6", StringComparison.Ordinal));
        Assert.Equal("2026-12-01", TicketBook.Tickets(desk.Db).FindById(Ticket.Key).RedeemedOn);
    }

    [Fact]
    public void Two_scans_of_one_ticket_in_the_same_batch_still_open_one_survey()
    {
        using var temp = new TempFolder();
        using var desk = new SurveyDesk(temp);
        var link = SurveyDesk.Link(Ticket);

        var outbox = desk.Handle(Incoming.Typed(Citizen, $"/start {link}"), Incoming.Typed(Neighbour, $"/start {link}"));

        Assert.Single(outbox, m => m.Text.Contains("Câu 1/6", StringComparison.Ordinal));
        Assert.Single(outbox, m => m.Text.Contains("đã được dùng", StringComparison.Ordinal));
    }

    [Fact]
    public void A_ticket_signed_with_another_secret_is_refused_and_nothing_is_stored()
    {
        using var temp = new TempFolder();
        using var desk = new SurveyDesk(temp);
        var forged = TicketSeal.Seal(Ticket, Encoding.UTF8.GetBytes("someone-elses-secret-1234567"));

        var outbox = desk.Type(Citizen, $"/start {forged}");

        Assert.Contains(outbox, m => m.Text.Contains("không đọc được phiếu", StringComparison.Ordinal));
        Assert.Equal(0, TicketBook.Tickets(desk.Db).Count());
        Assert.Equal(0, SurveyAnswerStore.Answers(desk.Db).Count());
    }

    [Fact]
    public void Stored_answers_say_nothing_about_who_gave_them()
    {
        using var temp = new TempFolder();
        using var desk = new SurveyDesk(temp);
        var last = desk.Type(Citizen, $"/start {SurveyDesk.Link(Ticket)}");
        foreach (var label in new[] { "Rất hài lòng", "Đúng hẹn", "Hai lần", "Rất hài lòng", "Tôi tự viết", "Có, nhận ngay" })
        {
            last = desk.Press(Citizen, last, label);
        }

        desk.Type(Citizen, "Cảm ơn các cô chú.");

        var documents = desk.Db.Database.GetCollection(SurveyAnswerStore.Collection).FindAll().ToList();
        var document = Assert.Single(documents);
        Assert.Equal(
            ["AnsweredOn", "Answers", "Comment", "Complete", "ProcedureId", "ReportDay", "SameDay", "Verified", "VisitDate", "_id"],
            document.Keys.Order(StringComparer.Ordinal));
        var json = JsonSerializer.Serialize(document);
        Assert.DoesNotContain(Citizen.Id, json, StringComparison.Ordinal);
        Assert.DoesNotContain("telegram", json, StringComparison.Ordinal);
        Assert.Equal("2026-12-01", document["AnsweredOn"].AsString);
        Assert.True(document["Complete"].AsBoolean);
        // The session keeps only the complaint's reference, for the "may staff contact you?" question: nothing that finds the answers.
        Assert.Equal(["survey.ref"], desk.Get<ConversationStore>().FindSession(Citizen.Key)!.Data.Keys.Where(k => k.StartsWith("survey.", StringComparison.Ordinal)));
    }

    [Fact]
    public void Partial_answers_are_kept_and_read_back_as_partial()
    {
        using var temp = new TempFolder();
        using var desk = new SurveyDesk(temp);
        var last = desk.Type(Citizen, $"/start {SurveyDesk.Link(Ticket)}");
        last = desk.Press(Citizen, last, "Hài lòng");
        desk.Press(Citizen, last, "Trễ hẹn");

        var stored = Assert.Single(desk.Get<SurveyAnswerStore>().In(ReportPeriod.Month(2026, 11)));

        Assert.False(stored.Complete);
        Assert.True(stored.Verified);
        Assert.Equal(new DateOnly(2026, 11, 25), stored.VisitDate);
        Assert.Equal(["overall", "on-time"], stored.Answers.Select(a => a.QuestionId));
        Assert.Equal(0, stored.AnswerTo("on-time")!.Points);
    }

    [Fact]
    public void A_complaint_goes_to_the_staff_group_at_once_and_the_account_only_with_consent()
    {
        using var temp = new TempFolder();
        using var desk = new SurveyDesk(temp);
        var group = $"telegram:{SurveyDesk.StaffGroup}";
        var last = desk.Type(Citizen, $"/start {SurveyDesk.Link(Ticket)}");

        last = desk.Press(Citizen, last, "Không hài lòng");

        var alert = Assert.Single(last, m => m.ChatKey == group);
        Assert.Contains("Không hài lòng", alert.Text);
        Assert.Contains("Kết hôn", alert.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Citizen.Id, alert.Text);

        last = desk.Press(Citizen, last, "Dừng ở đây");
        Assert.DoesNotContain(last, m => m.ChatKey == group);
        last = desk.Press(Citizen, last, "Cán bộ có thể liên hệ tôi");

        var contact = Assert.Single(last, m => m.ChatKey == group);
        Assert.Contains(alert.Text.Split('\n')[0].Split(' ')[^1], contact.Text);
        Assert.Contains($"Telegram {Citizen.Id}", contact.Text);
    }

    [Fact]
    public void Without_a_staff_group_the_answers_are_still_stored()
    {
        using var temp = new TempFolder();
        using var desk = new SurveyDesk(temp, withGroup: false);
        var last = desk.Type(Citizen, $"/start {SurveyDesk.Link(Ticket)}");

        last = desk.Press(Citizen, last, "Không hài lòng");

        Assert.All(last, m => Assert.Equal(Citizen.Key, m.ChatKey));
        Assert.Single(desk.Get<SurveyAnswerStore>().In(ReportPeriod.Month(2026, 11)));
    }

    [Fact]
    public void Deleting_ones_data_during_a_survey_deletes_its_answers_too()
    {
        using var temp = new TempFolder();
        using var desk = new SurveyDesk(temp);
        var last = desk.Type(Citizen, $"/start {SurveyDesk.Link(Ticket)}");
        desk.Press(Citizen, last, "Rất hài lòng");
        Assert.Equal(1, SurveyAnswerStore.Answers(desk.Db).Count());

        desk.Type(Citizen, "/xoadulieu");
        desk.Press(Citizen, ButtonPress.DeleteYes);

        Assert.Equal(0, SurveyAnswerStore.Answers(desk.Db).Count());
        Assert.Null(desk.Get<ConversationStore>().FindSession(Citizen.Key));
    }

    [Fact]
    public void Without_a_configured_secret_one_is_made_once_and_kept_in_the_database()
    {
        using var temp = new TempFolder();
        var options = Microsoft.Extensions.Options.Options.Create(new SurveyOptions());
        byte[] first;
        using (var db = new BotDatabase(temp.File("onestop.db")))
        {
            first = new TicketSecret(db, options).Key.ToArray();
        }

        using var again = new BotDatabase(temp.File("onestop.db"));
        Assert.Equal(first, new TicketSecret(again, options).Key.ToArray());
        Assert.Equal(32, first.Length);
    }
}
