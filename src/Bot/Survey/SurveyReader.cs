using System.Text;
using System.Text.RegularExpressions;
using OneStop.Bot.Content;
using OneStop.Domain.Content;
using OneStop.Domain.Survey;

namespace OneStop.Bot.Survey;

/// <summary>
/// Reads conversation-flows/survey.yaml (schema in the README): the evaluation criteria and the questions with their
/// answers, criterion and points. Never throws on bad content: every problem is recorded with its line.
/// </summary>
internal static partial class SurveyReader
{
    public const string FileName = "survey.yaml";

    // The promise: the survey takes at most six taps before the optional comment.
    private const int MaxTaps = 6;
    private const int MaxTitle = 40;
    private const int MaxLabel = 40;

    private static readonly Dictionary<string, OptionTone> Tones = new(StringComparer.Ordinal)
    {
        ["good"] = OptionTone.Good,
        ["fair"] = OptionTone.Fair,
        ["poor"] = OptionTone.Poor,
    };

    private static readonly Dictionary<string, QuestionCondition> Conditions = new(StringComparer.Ordinal)
    {
        ["always"] = QuestionCondition.Always,
        ["same-day"] = QuestionCondition.SameDay,
    };

    public static SurveyForm? Read(string directory, List<ContentProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (YamlFile.Open(Path.Combine(directory, FileName), FileName, problems) is not { } map)
        {
            return null;
        }

        var validDays = map.Int("ticket_valid_days");
        if (validDays is < 1 or > 365)
        {
            map.Problem(map.WhereOf("ticket_valid_days"), "'ticket_valid_days' should be between 1 and 365.");
        }

        var (criteria, source) = ReadCriteria(map.Map("criteria"));
        var questions = map.Maps("questions").Select(q => ReadQuestion(q, criteria)).ToList();
        map.RejectUnknownKeys();
        Check(map, questions);
        return new SurveyForm(questions, criteria, source, validDays);
    }

    private static (List<SurveyCriterion> Criteria, Fact Source) ReadCriteria(YamlMap? map)
    {
        if (map is null)
        {
            return ([], Fact.Unsourced(""));
        }

        var source = FactReader.Read(map);
        var criteria = new List<SurveyCriterion>();
        foreach (var item in map.Maps("items"))
        {
            var number = item.Int("number");
            var name = item.Str("name");
            if (number is < 1 or > 9 || criteria.Any(c => c.Number == number))
            {
                item.Problem(item.WhereOf("number"), $"criterion number {number} should be 1 to 9 and listed once.");
            }

            item.RejectUnknownKeys();
            criteria.Add(new SurveyCriterion(number, name));
        }

        map.RejectUnknownKeys();
        return (criteria, source);
    }

    private static SurveyQuestion ReadQuestion(YamlMap map, List<SurveyCriterion> criteria)
    {
        var id = map.Str("id");
        var title = map.Str("title");
        var ask = map.Str("ask");
        var officialScale = map.Bool("official_scale", fallback: false);
        var when = map.Enum("when", Conditions, QuestionCondition.Always);
        int? criterion = map.Has("criterion") ? map.Int("criterion") : null;
        var mapping = FactReader.ReadOnly(map.Map("mapping"));
        var options = map.Maps("options").Select(o => ReadOption(o, id, criterion is not null)).ToList();
        map.RejectUnknownKeys();

        if (!IdPattern().IsMatch(id))
        {
            map.Problem(map.WhereOf("id"), $"question id '{id}' should be a-z, 0-9 and '-', at most 20 characters.");
        }

        if (title.Length is 0 or > MaxTitle)
        {
            map.Problem(map.WhereOf("title"), $"'title' should have 1 to {MaxTitle} characters: reports and the chart show it.");
        }

        if (criterion is { } number && criteria.All(c => c.Number != number))
        {
            map.Problem(map.WhereOf("criterion"), $"criterion {number} is not in 'criteria': use a number listed there, or leave 'criterion' out.");
        }

        if (mapping.Source.Length == 0)
        {
            map.Problem(map.WhereOf("mapping"), "'mapping' needs a 'source': say where the scoring comes from, or that the reference is silent.");
        }

        if (options.Count is < 2 or > 5 || options.Select(o => o.Id).Distinct(StringComparer.Ordinal).Count() != options.Count)
        {
            map.Problem(map.WhereOf("options"), "give 2 to 5 options, each with its own id.");
        }

        return new SurveyQuestion(id, title, ask, criterion, officialScale, when, options, mapping);
    }

    private static SurveyOption ReadOption(YamlMap map, string questionId, bool scored)
    {
        var id = map.Str("id");
        var label = map.Str("label");
        int? points = map.Has("points") ? map.Int("points") : null;
        var tone = map.Enum("tone", Tones, OptionTone.Fair);
        var escalate = map.Bool("escalate", fallback: false);
        map.RejectUnknownKeys();

        if (!IdPattern().IsMatch(id) || Encoding.UTF8.GetByteCount($"sv:a:{questionId}:{id}") > 64)
        {
            map.Problem(map.WhereOf("id"), $"option id '{id}' should be a-z, 0-9 and '-', at most 20 characters.");
        }

        if (label.Length is 0 or > MaxLabel)
        {
            map.Problem(map.WhereOf("label"), $"'label' should have 1 to {MaxLabel} characters (it is a button).");
        }

        if (scored && points is not (0 or 1 or 2))
        {
            map.Problem(map.Where, "this question scores a criterion: give every option 'points: 0', 1 or 2.");
        }
        else if (!scored && points is not null)
        {
            map.Problem(map.WhereOf("points"), "'points' only count on a question with a 'criterion': remove it or add the criterion.");
        }

        return new SurveyOption(id, label, points, tone, escalate, map.Where);
    }

    private static void Check(YamlMap map, List<SurveyQuestion> questions)
    {
        if (questions.Select(q => q.Id).Distinct(StringComparer.Ordinal).Count() != questions.Count)
        {
            map.Problem(map.WhereOf("questions"), "two questions have the same id: every question needs its own.");
        }

        var official = questions.Where(q => q.OfficialScale).ToList();
        if (official.Count != 1 || official[0].When != QuestionCondition.Always
            || !official[0].Options.Select(o => o.Tone).Order().SequenceEqual([OptionTone.Good, OptionTone.Fair, OptionTone.Poor]))
        {
            map.Problem(map.WhereOf("questions"),
                "exactly one question needs 'official_scale: true', asked always, with three options: good, fair and poor (Rất hài lòng / Hài lòng / Không hài lòng).");
        }

        if (questions.Count(q => q.AppliesTo(sameDay: true)) > MaxTaps)
        {
            map.Problem(map.WhereOf("questions"), $"a same-day visit would be asked {questions.Count(q => q.AppliesTo(true))} questions: keep it to {MaxTaps} taps at most.");
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,19}$")]
    private static partial Regex IdPattern();
}
