using OneStop.Bot.Staff;
using System.Globalization;
using System.Text.RegularExpressions;
using OneStop.Bot.Notices;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;
using OneStop.Domain.Text;

namespace OneStop.Bot.Closures;

/// <summary>
/// A /thongbao whose text announces a closure on a date ("nghỉ", "không tiếp nhận hồ sơ") gets a question: mark that
/// day closed? The bot must never contradict the office's own notice. Only days the calendar still has open are offered.
/// </summary>
internal sealed partial class ClosureInNotice(ContentCatalog content, ConversationOptions conversation, ClosureWording say, StaffChat chat, TimeProvider time) : INoticeWatcher
{
    /// <summary>The reason recorded for a day marked closed from a notice: the notice itself says why.</summary>
    public const string Reason = "theo thông báo của Trung tâm";

    public async Task ReadAsync(ChatAddress chatId, string text, CancellationToken token)
    {
        ArgumentNullException.ThrowIfNull(text);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), conversation.Zone).DateTime);

        // Only the dates of a sentence that announces the closure ("… nghỉ ngày 03/12 …"), not every date in the notice.
        var days = Sentences().Split(text)
            .Where(sentence => AnnouncesClosure(TextFolding.Fold(sentence)))
            .SelectMany(sentence => Dates(sentence, today))
            .Where(d => d >= today && content.Calendar.IsWorkingDay(d))
            .Distinct()
            .Take(3);
        foreach (var day in days)
        {
            await chat.SayAsync(
                chatId,
                say.Say("closure.ask-from-notice", ("day", ClosureWording.Day(day))),
                [[new ReplyButton(say.Say("button.closure-mark"), NghiDotXuatCommand.MarkPayload(day))]],
                token);
        }
    }

    // "nghỉ" as a word but not "không nghỉ"; or "không tiếp nhận hồ sơ". Folded: no accents, lowercase.
    private static bool AnnouncesClosure(string folded) =>
        folded.Contains("khong tiep nhan ho so", StringComparison.Ordinal) || ClosedWord().IsMatch(folded);

    private static IEnumerable<DateOnly> Dates(string text, DateOnly today)
    {
        foreach (Match match in DatePattern().Matches(text))
        {
            var dayOfMonth = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            var year = match.Groups[3].Success ? int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture) : today.Year;
            if (month is < 1 or > 12 || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(year, month))
            {
                continue;
            }

            var day = new DateOnly(year, month, dayOfMonth);
            // "02/01" written in late December means next January.
            yield return !match.Groups[3].Success && day < today ? day.AddYears(1) : day;
        }
    }

    [GeneratedRegex(@"[.;!?\n]+(?=\s|$)")]
    private static partial Regex Sentences();

    [GeneratedRegex(@"(?<!khong )\bnghi\b")]
    private static partial Regex ClosedWord();

    [GeneratedRegex(@"\b(\d{1,2})/(\d{1,2})(?:/(\d{4}))?\b")]
    private static partial Regex DatePattern();
}
