using System.Globalization;
using LiteDB;
using OneStop.Bot.Storage;
using OneStop.Domain.Closures;
using OneStop.Domain.Content;

namespace OneStop.Bot.Closures;

/// <summary>
/// Closures at short notice, in LiteDB, and the calendar they apply to: the year files stay as they are, the
/// active closures are laid on top (<see cref="Domain.Calendar.WorkCalendar.ApplyClosures"/>) at start-up and after
/// every change, so every answer about a day reads them at once.
/// </summary>
internal sealed class ClosureStore(BotDatabase db, ContentCatalog content, ClosureWording say)
{
    public const string Collection = "closures";

    private const string DayFormat = "yyyyMMdd";

    private ILiteCollection<StoredClosure> All => db.Database.GetCollection<StoredClosure>(Collection);

    public static string Format(DateOnly day) => day.ToString(DayFormat, CultureInfo.InvariantCulture);

    public static DateOnly Parse(string day) => DateOnly.ParseExact(day, DayFormat, CultureInfo.InvariantCulture);

    public StoredClosure? Find(int id) => All.FindById(id);

    public IReadOnlyList<StoredClosure> Active() =>
        All.Find(c => c.Status == ClosureStatus.Active).OrderBy(c => c.Day, StringComparer.Ordinal).ToList();

    public StoredClosure Create(DateOnly day, DayPart part, string reason, string author, DateTime nowUtc)
    {
        var closure = new StoredClosure { Day = Format(day), Part = part, Reason = reason, Status = ClosureStatus.Pending, Author = author, CreatedUtc = nowUtc };
        db.InTransaction(() => All.Insert(closure));
        return closure;
    }

    public void Update(StoredClosure closure) => db.InTransaction(() => All.Update(closure));

    /// <summary>Lays the active closures on the calendar; called at start-up and after each change.</summary>
    public void Apply() =>
        content.Calendar.ApplyClosures(Active().Select(c => new Closure(Parse(c.Day), c.Part, say.Reason(c.Reason))));
}
