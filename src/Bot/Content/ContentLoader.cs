using OneStop.Domain.Calendar;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Content;

/// <summary>
/// Reads conversation-flows/ into a <see cref="ContentCatalog"/> and checks it. Used at start-up (the bot
/// refuses to start on broken content) and by the `validate` command.
/// </summary>
internal static class ContentLoader
{
    /// <summary>
    /// Reads and checks everything. <paramref name="features"/> makes the features that will run on the content,
    /// so their steps and messages are checked too.
    /// </summary>
    public static (ContentCatalog? Catalog, IReadOnlyList<ContentProblem> Problems) Load(
        string directory,
        Func<ContentCatalog, IReadOnlyList<IConversationFeature>>? features = null)
    {
        var problems = new List<ContentProblem>();
        var office = Open(directory, "office.yaml", problems) is { } officeMap ? OfficeReader.Read(officeMap) : null;
        var flow = Open(directory, "flows.yaml", problems) is { } flowMap ? FlowReader.Read(flowMap) : null;
        var messages = MessagesReader.ReadAll(directory, problems);
        var topics = Open(directory, "topics.yaml", problems) is { } topicMap ? TopicsReader.Read(topicMap) : null;
        var shorthand = Open(directory, "shorthand.yaml", problems) is { } shortMap ? ShorthandReader.Read(shortMap) : null;
        var procedures = ReadProcedures(directory, problems);
        var notices = CalendarLoader.Load(Path.Combine(directory, "calendar"), "calendar/", problems);
        var holidays = Open(directory, "holidays.yaml", problems) is { } holidayMap ? HolidaysReader.Read(holidayMap) : null;

        if (office is null || flow is null || messages is null || topics is null || shorthand is null || holidays is null
            || Calendar(office, notices, holidays, problems) is not { } calendar)
        {
            return (null, problems);
        }

        // Checked even when reading found problems, so one run of `validate` lists them all.
        var catalog = new ContentCatalog(office, procedures, flow, messages, topics, shorthand, calendar)
        {
            Examples = ExamplesReader.Read(directory, problems),
        };
        problems.AddRange(ContentValidator.Check(catalog, features?.Invoke(catalog) ?? []));
        return (problems.Count == 0 ? catalog : null, problems);
    }

    private static WorkCalendar? Calendar(Office office, IReadOnlyList<YearNotice> notices, HolidayRules holidays, List<ContentProblem> problems)
    {
        var hours = office.Hours;
        try
        {
            return new WorkCalendar(
                new OfficeHours(hours.MorningOpen, hours.MorningClose, hours.AfternoonOpen, hours.AfternoonClose, hours.SaturdayMorning, hours.WorkingWeek),
                office.SameDayWeekday,
                office.Cutoff,
                notices,
                holidays);
        }
        catch (ArgumentException ex)
        {
            problems.Add(new ContentProblem(hours.Fact.Origin, $"the office hours or same-day weekday do not make a calendar: {ex.Message}"));
            return null;
        }
    }

    /// <summary>Loads or fails with every problem listed, file:line first: a broken file must not reach citizens.</summary>
    public static ContentCatalog LoadOrThrow(string directory, Func<ContentCatalog, IReadOnlyList<IConversationFeature>>? features = null)
    {
        var (catalog, problems) = Load(directory, features);
        return catalog ?? throw new InvalidDataException(
            $"conversation-flows/ has {problems.Count} problem(s); fix them and run `dotnet run --project src/Bot -- validate`:\n"
            + string.Join('\n', problems));
    }

    private static List<Procedure> ReadProcedures(string directory, List<ContentProblem> problems)
    {
        var folder = Path.Combine(directory, "procedures");
        if (!Directory.Exists(folder))
        {
            problems.Add(new ContentProblem(new SourceRef("procedures/", 0), "the procedures folder is missing."));
            return [];
        }

        var procedures = new List<Procedure>();
        foreach (var path in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (YamlFile.Open(path, $"procedures/{name}.yaml", problems) is { } map && ProcedureReader.Read(map, name) is { } procedure)
            {
                procedures.Add(procedure);
            }
        }

        if (procedures.Count == 0)
        {
            problems.Add(new ContentProblem(new SourceRef("procedures/", 0), "no procedure files: the bot would have nothing to say."));
        }

        return procedures;
    }

    private static YamlMap? Open(string directory, string file, List<ContentProblem> problems) =>
        YamlFile.Open(Path.Combine(directory, file), file, problems);
}
