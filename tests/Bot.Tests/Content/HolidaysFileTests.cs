using OneStop.Bot.Tests.Support;

namespace OneStop.Bot.Tests.Content;

/// <summary>The law's holidays live in conversation-flows/holidays.yaml, not in C#: the office edits them there.</summary>
public class HolidaysFileTests
{
    [Fact]
    public void The_shipped_file_gives_the_culture_day_from_2026_and_gio_to_by_the_lunar_date()
    {
        var calendar = Support.Content.Real.Calendar;
        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 11, 24)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2025, 11, 24)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 4, 16)));   // 10/3 âm lịch 2027, a Friday
    }

    [Fact]
    public void A_holiday_removed_from_the_file_is_no_longer_guessed_and_a_bad_date_names_its_line()
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

    [Fact]
    public void The_working_week_is_read_from_the_office_file()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        var office = Path.Combine(content, "office.yaml");
        File.WriteAllText(office, File.ReadAllText(office).Replace("working_week: [monday, tuesday, wednesday, thursday, friday]", "working_week: [tuesday, wednesday, thursday, friday]", StringComparison.Ordinal));

        var (catalog, problems) = Support.Content.Load(content);

        Assert.Empty(problems);
        var monday = catalog!.Calendar.Describe(new DateOnly(2026, 12, 7));
        Assert.False(monday.IsWorkingDay);
        Assert.Equal("thứ Hai không làm việc", monday.ClosedReason);
        Assert.True(Support.Content.Real.Calendar.IsWorkingDay(new DateOnly(2026, 12, 7)));
    }
}
