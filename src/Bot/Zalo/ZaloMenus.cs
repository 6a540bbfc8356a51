using LiteDB;
using OneStop.Bot.Storage;

namespace OneStop.Bot.Zalo;

/// <summary>
/// The numbered lines of the last screen sent to each chat (the choices beyond Zalo's five buttons), so that a number
/// typed for one presses it, as in the terminal. Only numbers past the buttons: a "3" typed elsewhere stays text (a
/// page count, a checklist answer).
/// </summary>
internal sealed class ZaloMenus
{
    public const string Collection = "zalo_menus";

    private readonly ILiteCollection<ZaloMenu> _menus;

    public ZaloMenus(BotDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _menus = db.Database.GetCollection<ZaloMenu>(Collection);
    }

    public void Remember(string userId, int firstNumber, IReadOnlyList<string> payloads) =>
        _menus.Upsert(new ZaloMenu { Id = userId, FirstNumber = firstNumber, Payloads = [.. payloads] });

    public void Forget(string userId) => _menus.Delete(userId);

    public string? Find(string userId, int number) =>
        _menus.FindById(userId) is { } menu && number >= menu.FirstNumber && number - menu.FirstNumber < menu.Payloads.Count
            ? menu.Payloads[number - menu.FirstNumber]
            : null;
}

/// <summary>One chat's numbered lines (see <see cref="ZaloMenus"/>).</summary>
internal sealed class ZaloMenu
{
    public string Id { get; set; } = "";

    public int FirstNumber { get; set; }

    public List<string> Payloads { get; set; } = [];
}
