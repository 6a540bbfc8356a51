using OneStop.Domain.Content;
using OneStop.Domain.Conversation;
using OneStop.Domain.Text;

namespace OneStop.Domain.Notices;

/// <summary>The areas (tổ dân phố / thôn of office.yaml) a subscriber may pick, by button or typed by name.</summary>
internal sealed class NoticeAreas
{
    private readonly List<string> _areas;
    private readonly List<string> _folded;

    public NoticeAreas(ContentCatalog content)
    {
        _areas = content.Office.Neighbourhoods.Take(NoticePress.MaxAreas).ToList();
        _folded = _areas.Select(TextFolding.Fold).ToList();
    }

    public int Count => _areas.Count;

    public string this[int index] => _areas[index];

    /// <summary>"Khu vực: …", or that none is chosen (the citizen gets the general notices).</summary>
    public static string Line(ConversationTurn turn) =>
        NoticeSubscription.Area(turn.Session) is { } area
            ? $"{turn.Render.Say("notices.area.label")} {area}"
            : $"{turn.Render.Say("notices.area.label")} {turn.Render.Say("notices.area.unset")}";

    public List<IReadOnlyList<ReplyButton>> Buttons(StepRenderer render)
    {
        var rows = _areas
            .Select((name, index) => new ReplyButton(name, NoticePress.ChooseArea(index)))
            .Chunk(2)
            .Select(pair => (IReadOnlyList<ReplyButton>)pair)
            .ToList();
        rows.Add([new ReplyButton(render.Say("button.notices-no-area"), NoticePress.NoArea)]);
        rows.Add(render.NavigationRow());
        return rows;
    }

    /// <summary>An area typed by name ("van gia"), when exactly one matches.</summary>
    public string? Find(IReadOnlyList<string> words)
    {
        var typed = string.Join(' ', words);
        if (typed.Length < 3)
        {
            return null;
        }

        var matches = Enumerable.Range(0, _areas.Count)
            .Where(i => _folded[i] == typed || _folded[i].StartsWith(typed + " ", StringComparison.Ordinal))
            .ToList();
        return matches.Count == 1 ? _areas[matches[0]] : null;
    }
}
