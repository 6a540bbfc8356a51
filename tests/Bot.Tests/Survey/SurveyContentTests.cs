using Microsoft.Extensions.Configuration;
using OneStop.Bot.Commands;
using OneStop.Bot.Survey;
using OneStop.Bot.Tests.Support;
using OneStop.Domain.Survey;

namespace OneStop.Bot.Tests.Survey;

public class SurveyContentTests
{
    [Fact]
    public void The_shipped_questionnaire_has_the_official_scale_and_at_most_six_taps()
    {
        var form = SurveyContent.LoadOrThrow(Repository.Content);

        Assert.Equal("overall", form.Overall.Id);
        Assert.Equal(["Rất hài lòng", "Hài lòng", "Không hài lòng"], form.Overall.Options.Select(o => o.Plain));
        Assert.Equal(6, form.For(sameDay: true).Count);
        Assert.Equal(4, form.For(sameDay: false).Count);
        Assert.Equal(Enumerable.Range(1, 9), form.Criteria.Select(c => c.Number));
        Assert.All(form.Questions, q => Assert.NotEmpty(q.Mapping.Source));
        Assert.All(form.Questions.Where(q => q.Criterion is not null).SelectMany(q => q.Options), o => Assert.InRange(o.Points!.Value, 0, 2));
    }

    [Fact]
    public void A_broken_questionnaire_is_reported_line_by_line_and_stops_validate()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        var file = Path.Combine(content, "survey.yaml");
        var text = File.ReadAllText(file)
            .Replace("criterion: 7", "criterion: 12", StringComparison.Ordinal)
            .Replace("label: \"Hai lần\", points: 1", "label: \"Hai lần\", points: 5", StringComparison.Ordinal)
            .Replace("ticket_valid_days: 30", "ticket_valid_days: 30\ncolour: green", StringComparison.Ordinal);
        File.WriteAllText(file, text);

        var error = Assert.Throws<InvalidDataException>(() => SurveyContent.LoadOrThrow(content));
        Assert.Contains("survey.yaml:", error.Message);
        Assert.Contains("criterion 12", error.Message);
        Assert.Contains("'points: 0', 1 or 2", error.Message);
        Assert.Contains("unknown key 'colour'", error.Message);

        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Content:Path"] = content }).Build();
        // `validate` lists the questionnaire's problems with the rest of the content's, and fails.
        using var output = new StringWriter();
        Assert.Equal(1, ValidateCommand.Run(config, output));
        Assert.Contains("survey.yaml:", output.ToString());
        Assert.Contains("unknown key 'colour'", output.ToString());
    }

    [Fact]
    public void Validate_passes_on_the_shipped_content_and_requires_the_survey_messages()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Content:Path"] = Repository.Content }).Build();
        using var output = new StringWriter();

        Assert.Equal(0, ValidateCommand.Run(config, output));

        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        var messages = Path.Combine(content, "messages", "survey.yaml");
        File.WriteAllText(messages, File.ReadAllText(messages).Replace("survey.thanks:", "survey.thanks-renamed:", StringComparison.Ordinal));
        using var broken = new StringWriter();
        var brokenConfig = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Content:Path"] = content }).Build();
        Assert.Equal(1, ValidateCommand.Run(brokenConfig, broken));
        Assert.Contains("'survey.thanks' is missing", broken.ToString());
    }
}
