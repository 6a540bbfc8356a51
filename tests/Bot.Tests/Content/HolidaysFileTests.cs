using OneStop.Bot.Tests.Support;

namespace OneStop.Bot.Tests.Content;

/// <summary>The law's holidays live in conversation-flows/holidays.yaml, not in C#: the office edits them there.</summary>
public class HolidaysFileTests
{
    [Fact]
    public void TheShippedFile_GivesTheCultureDayFrom2026_AndGioToByTheLunarDate()
    {
        var calendar = Support.Content.Real.Calendar;
        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 11, 24)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2025, 11, 24)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 4, 16)));   // 10/3 âm lịch 2027, a Friday
    }

    [Fact]
    public void AHolidayRemovedFromTheFile_IsNoLongerGuessed_AndABadDateNamesItsLine()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        var file = Path.Combine(content, "holidays.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("  - { date: \"11-24\", name: \"Ngày Văn hóa Việt Nam\", from: 2026 }\n", "", StringComparison.Ordinal));

        var (catalog, problems) = Support.Content.Load(content);

        Assert.Empty(problems);
        Assert.True(catalog!.Calendar.IsWorkingDay(new DateOnly(2027, 11, 24)));

        File.WriteAllText(file, File.ReadAllText(file).Replace("\"04-30\"", "\"30-04\"", StringComparison.Ordinal));
        var (_, broken) = Support.Content.Load(content);
        Assert.Contains(broken, p => p.Where.File == "holidays.yaml" && p.What.Contains("MM-DD", StringComparison.Ordinal));
    }
}
