using System.Collections.Concurrent;
using System.Globalization;
using LiteDB;
using OneStop.Bot.Storage;
using OneStop.Domain.Survey;

namespace OneStop.Bot.Survey;

/// <summary>
/// The tickets made and used ("survey_tickets"). A ticket used earlier in the batch being handled is not committed
/// yet, so uses are also remembered in memory from the moment they are applied: two scans of one ticket in the same
/// batch still open one survey only.
/// </summary>
internal sealed class TicketBook(BotDatabase db)
{
    public const string Collection = "survey_tickets";
    private const string DateFormat = "yyyy-MM-dd";

    private readonly ConcurrentDictionary<string, byte> _usedInFlight = new(StringComparer.Ordinal);

    public static ILiteCollection<TicketRecord> Tickets(BotDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.GetCollection<TicketRecord>(Collection);
    }

    public bool IsUsed(SurveyTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return _usedInFlight.ContainsKey(ticket.Key) || Tickets(db).FindById(ticket.Key) is { RedeemedOn: not null };
    }

    /// <summary>Records new tickets in one transaction.</summary>
    public void Issue(IReadOnlyList<SurveyTicket> tickets, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        db.InTransaction(() =>
        {
            foreach (var ticket in tickets)
            {
                Tickets(db).Insert(Record(ticket, issuedOn: today, redeemedOn: null));
            }
        });
    }

    /// <summary>Marks the ticket used now in memory, and returns the write that stores it with the turn.</summary>
    public Action<BotDatabase> Redeem(SurveyTicket ticket, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        _usedInFlight[ticket.Key] = 0;
        return database =>
        {
            var tickets = Tickets(database);
            var record = tickets.FindById(ticket.Key) ?? Record(ticket, issuedOn: null, redeemedOn: null);
            record.RedeemedOn = Day(today);
            tickets.Upsert(record);
        };
    }

    /// <summary>How many tickets were made for visits in the period, and how many of those were used.</summary>
    public (int Issued, int Used) Count(ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var inPeriod = Tickets(db)
            .Find(Query.And(Query.GTE(nameof(TicketRecord.VisitDate), Day(period.From)), Query.LTE(nameof(TicketRecord.VisitDate), Day(period.To))))
            .Where(t => t.IssuedOn is not null)
            .ToList();
        return (inPeriod.Count, inPeriod.Count(t => t.RedeemedOn is not null));
    }

    private static TicketRecord Record(SurveyTicket ticket, DateOnly? issuedOn, DateOnly? redeemedOn) => new()
    {
        Id = ticket.Key,
        PlanItem = ticket.PlanItem,
        VisitDate = Day(ticket.VisitDate),
        SameDay = ticket.SameDay,
        ExpiresOn = Day(ticket.ExpiresOn),
        IssuedOn = issuedOn is { } issued ? Day(issued) : null,
        RedeemedOn = redeemedOn is { } redeemed ? Day(redeemed) : null,
    };

    private static string Day(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);
}
