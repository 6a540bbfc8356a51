namespace OneStop.Domain.Content;

/// <summary>
/// `validate --launch`: every fact the commune has not confirmed, grouped under the question to ask it. A fact
/// names its own question (`ask_commune`); one without asks whether it matches the counter. A year's calendar
/// file counts as a fact too: the commune checks it against the notice it received.
/// </summary>
public static class LaunchCheck
{
    // Said to the commune by the office, so in Vietnamese like the facts themselves.
    private const string MatchesTheCounter = "Các thông tin dưới đây có khớp với bộ thủ tục xã đang dùng (quyết định công bố thủ tục hành chính của tỉnh) và cách làm tại quầy không (giấy tờ, lệ phí, thời hạn, cách nộp)?";

    public static IReadOnlyList<LaunchQuestion> Questions(ContentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var calendar = catalog.Calendar.Notices
            .Where(n => !n.Confirmed)
            .Select(n => new Fact($"Lịch nghỉ năm {n.Year} theo {n.Number}", n.Source, n.Confidence, false, n.Origin)
            {
                Question = $"Các ngày nghỉ, ngày làm bù năm {n.Year} trong calendar/{n.Year}.yaml có khớp với thông báo xã đã nhận không?",
            });
        return ContentValidator.Unconfirmed(catalog)
            .Concat(calendar)
            .GroupBy(f => f.Question ?? MatchesTheCounter, StringComparer.Ordinal)
            .Select(g => new LaunchQuestion(g.Key, g.OrderByDescending(f => f.Confidence).ToList()))
            .OrderByDescending(q => q.Facts.Max(f => f.Confidence))
            .ThenBy(q => q.Question == MatchesTheCounter)
            .ToList();
    }
}
