using OneStop.Domain.Calendar;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Content;

/// <summary>
/// Reads conversation-flows/ into a <see cref="ContentCatalog"/>. <c>FeatureContent</c> checks it with the features
/// made on it, for the host (which refuses to start on broken content) and for the `validate` command.
/// </summary>
internal static class ContentLoader
{
    /// <summary>
    /// Reads everything into a catalog, adding what is wrong to <paramref name="problems"/>; null when a file the
    /// catalog cannot do without is missing or broken. The features are checked against it by the caller
    /// (<c>FeatureContent</c>), which makes them.
    /// </summary>
    public static ContentCatalog? Read(string directory, List<ContentProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
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
            return null;
        }

        return new ContentCatalog(office, procedures, flow, messages, topics, shorthand, calendar)
        {
            Examples = ExamplesReader.Read(directory, problems),
        };
    }

    /// <summary>Reads and checks the content alone, with no feature's steps and messages (those: <c>FeatureContent.Load</c>).</summary>
    public static (ContentCatalog? Catalog, IReadOnlyList<ContentProblem> Problems) Load(string directory)
    {
        var problems = new List<ContentProblem>();
        if (Read(directory, problems) is not { } catalog)
        {
            return (null, problems);
        }

        problems.AddRange(ContentValidator.Check(catalog, []));
        return (problems.Count == 0 ? catalog : null, problems);
    }

    /// <summary>Loads the content alone or fails with every problem listed, file:line first.</summary>
    public static ContentCatalog LoadOrThrow(string directory)
    {
        var (catalog, problems) = Load(directory);
        return catalog ?? throw new InvalidDataException(
            $"conversation-flows/ has {problems.Count} problem(s); fix them and run `dotnet run --project src/Bot -- validate`:\n"
            + string.Join('\n', problems));
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
