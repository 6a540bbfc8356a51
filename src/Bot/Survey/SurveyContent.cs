using OneStop.Bot.Content;
using OneStop.Domain.Content;
using OneStop.Domain.Survey;

namespace OneStop.Bot.Survey;

/// <summary>
/// Loads survey.yaml next to the rest of conversation-flows/. A broken file stops the bot (and `validate`) with every
/// problem listed, file:line first, like the rest of the content.
/// </summary>
internal static class SurveyContent
{
    public static SurveyForm LoadOrThrow(string directory)
    {
        var problems = new List<ContentProblem>();
        var form = SurveyReader.Read(directory, problems);
        return form is not null && problems.Count == 0
            ? form
            : throw new InvalidDataException(
                $"conversation-flows/{SurveyReader.FileName} has {problems.Count} problem(s); fix them and run `dotnet run --project src/Bot -- validate`:\n"
                + string.Join('\n', problems));
    }
}
