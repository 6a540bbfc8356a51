using OneStop.Bot.Content;
using OneStop.Domain.Calendar;
using OneStop.Domain.Content;

namespace OneStop.Bot.Tests.Content;

public sealed class CalendarLoaderTests : IDisposable
{
    // Lines 1–8 of every test file; a test's own lines start at line 9.
    private const string Header = """
        year: 2026
        notice: "9441/TB-BNV"
        title: "Thông báo nghỉ Tết Âm lịch và Quốc khánh năm 2026"
        source: "test"
        confidence: S
        confirmed: false
        days_off:
          - { from: 2026-02-16, to: 2026-02-20, name: "Tết Nguyên đán" }

        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("onestop-calendar-").FullName;
    private readonly List<ContentProblem> _problems = [];

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Load_the_repository_calendar_has_no_problems_and_holds_the_notices()
    {
        var notices = CalendarLoader.Load(Path.Combine(RepositoryRoot(), "conversation-flows", "calendar"), "calendar/", _problems);

        Assert.Empty(_problems);
        Assert.Equal(["6150/TB-LĐTBXH", "9441/TB-BNV"], notices.OrderBy(n => n.Year).Select(n => n.Number));
        var notice2026 = notices.Single(n => n.Year == 2026);
        Assert.Equal("calendar/2026.yaml", notice2026.Origin.File);
        Assert.Equal(Confidence.Secondary, notice2026.Confidence);
        Assert.False(notice2026.Confirmed);
    }

    [Fact]
    public void Load_the_repository_calendar_gives_the_commune_its_real_year()
    {
        var notices = CalendarLoader.Load(Path.Combine(RepositoryRoot(), "conversation-flows", "calendar"), "calendar/", _problems);
        var hours = new OfficeHours(new TimeOnly(7, 0), new TimeOnly(11, 30), new TimeOnly(13, 30), new TimeOnly(17, 0), false, Support.Content.Real.Calendar.Hours.WorkingWeek);
        var desk = new WorkCalendar(hours, DayOfWeek.Wednesday, new TimeOnly(15, 0), notices, Support.Content.Real.Calendar.Holidays);

        Assert.True(desk.IsWorkingDay(new DateOnly(2025, 4, 26)));
        Assert.False(desk.IsWorkingDay(new DateOnly(2025, 5, 2)));
        Assert.Equal("nghỉ bù Giỗ Tổ Hùng Vương", desk.Describe(new DateOnly(2026, 4, 27)).ClosedReason);
        Assert.Equal("nghỉ lễ Ngày Văn hóa Việt Nam", desk.Describe(new DateOnly(2026, 11, 24)).ClosedReason);
        Assert.Equal(
            new HolidaySpan("Tết Nguyên đán", new DateOnly(2026, 2, 14), new DateOnly(2026, 2, 22), false),
            desk.NextHoliday(new DateOnly(2026, 1, 5), "Tết"));
        Assert.Equal(new DateOnly(2026, 9, 9), desk.NextSameDay(new DateTime(2026, 8, 31, 9, 0, 0)).Day);
    }

    [Fact]
    public void Load_a_valid_file_expands_a_run_into_days()
    {
        Write("2026.yaml", Header + "worked_days: []\n");

        var notice = Assert.Single(CalendarLoader.Load(_folder, "calendar/", _problems));

        Assert.Empty(_problems);
        Assert.Equal(5, notice.DaysOff.Count);
        Assert.All(notice.DaysOff, d => Assert.Equal("Tết Nguyên đán", d.Name));
        Assert.Equal(new SourceRef("calendar/2026.yaml", 2), notice.Origin);
    }

    [Fact]
    public void Load_year_not_matching_the_file_name_names_the_year_line()
    {
        Write("2026.yaml", Header.Replace("year: 2026", "year: 2025", StringComparison.Ordinal));

        CalendarLoader.Load(_folder, "calendar/", _problems);

        var problem = Assert.Single(_problems);
        Assert.Equal(new SourceRef("calendar/2026.yaml", 1), problem.Where);
        Assert.Contains("'year' is 2025 but the file is 2026.yaml", problem.What, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  - { date: 2026-02-30, name: \"Sai\" }", "yyyy-mm-dd")]
    [InlineData("  - { date: 02/09/2026, name: \"Sai\" }", "yyyy-mm-dd")]
    [InlineData("  - { date: 2025-09-02, name: \"Quốc khánh\" }", "not in 2026")]
    [InlineData("  - { from: 2026-09-02, to: 2026-09-01, name: \"Quốc khánh\" }", "swap them")]
    [InlineData("  - { from: 2026-09-01, to: 2026-10-01, name: \"Quốc khánh\" }", "longer than any holiday break")]
    [InlineData("  - { date: 2026-09-02, from: 2026-09-01, name: \"Quốc khánh\" }", "not both")]
    [InlineData("  - { name: \"Quốc khánh\" }", "for one day")]
    [InlineData("  - { date: 2026-09-02, name: \"Quốc khánh\", note: \"x\" }", "unknown key 'note'")]
    [InlineData("  - { date: 2026-09-02, name: \"\" }", "'name' is empty")]
    [InlineData("  - { date: 2026-02-18, name: \"Tết Nguyên đán\" }", "already listed on line 8")]
    public void Load_a_broken_day_off_names_its_line_and_says_what_to_do(string line, string advice)
    {
        Write("2026.yaml", Header + line + "\n");

        CalendarLoader.Load(_folder, "calendar/", _problems);

        var problem = Assert.Single(_problems);
        Assert.Equal(new SourceRef("calendar/2026.yaml", 9), problem.Where);
        Assert.Contains(advice, problem.What, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_a_worked_day_that_is_not_a_saturday_names_its_line()
    {
        Write("2026.yaml", Header + "worked_days:\n  - { date: 2026-04-24, name: \"làm bù\" }\n");

        CalendarLoader.Load(_folder, "calendar/", _problems);

        var problem = Assert.Single(_problems);
        Assert.Equal(new SourceRef("calendar/2026.yaml", 10), problem.Where);
        Assert.Contains("Thứ Sáu, 24/04/2026 is not a Saturday", problem.What, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_a_worked_saturday_also_listed_as_a_day_off_is_a_duplicate()
    {
        Write("2026.yaml", Header + "  - { date: 2026-05-02, name: \"x\" }\nworked_days:\n  - { date: 2026-05-02, name: \"làm bù\" }\n");

        CalendarLoader.Load(_folder, "calendar/", _problems);

        var problem = Assert.Single(_problems);
        Assert.Equal(new SourceRef("calendar/2026.yaml", 11), problem.Where);
        Assert.Contains("already listed on line 9", problem.What, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_a_missing_field_and_an_unknown_one_are_both_reported()
    {
        Write("2026.yaml", Header.Replace("source: \"test\"\n", "", StringComparison.Ordinal) + "sources: \"x\"\n");

        CalendarLoader.Load(_folder, "calendar/", _problems);

        Assert.Contains(_problems, p => p.What.Contains("'source' is missing", StringComparison.Ordinal));
        Assert.Contains(_problems, p => p.Where.Line == 8 && p.What.Contains("unknown key 'sources'", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_invalid_yaml_names_the_line()
    {
        Write("2026.yaml", Header + "  - { date: 2026-09-02, name: \"Quốc khánh\"\n");

        CalendarLoader.Load(_folder, "calendar/", _problems);

        var problem = Assert.Single(_problems);
        Assert.Equal("calendar/2026.yaml", problem.Where.File);
        Assert.InRange(problem.Where.Line, 9, 10);
    }

    [Theory]
    [InlineData("notes.yaml", "name the file after the year")]
    [InlineData("2026.yml", "end in .yaml")]
    public void Load_a_file_not_named_after_its_year_is_reported(string fileName, string advice)
    {
        Write(fileName, Header);

        var notices = CalendarLoader.Load(_folder, "calendar", _problems);

        Assert.Empty(notices);
        var problem = Assert.Single(_problems);
        Assert.Equal($"calendar/{fileName}", problem.Where.File);
        Assert.Contains(advice, problem.What, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_a_missing_folder_is_one_problem()
    {
        var notices = CalendarLoader.Load(Path.Combine(_folder, "absent"), "calendar/", _problems);

        Assert.Empty(notices);
        Assert.Contains("folder is missing", Assert.Single(_problems).What, StringComparison.Ordinal);
    }

    private void Write(string fileName, string text) => File.WriteAllText(Path.Combine(_folder, fileName), text);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OneStop.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("OneStop.sln not found above the test folder.");
    }
}
