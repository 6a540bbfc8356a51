using System.Text;
using System.Text.RegularExpressions;
using OneStop.Domain.Conversation;

namespace OneStop.Domain.Content;

/// <summary>
/// Checks that the content hangs together: every step reachable and every button leading somewhere,
/// every message present, every checklist branch ending in a verdict, every payload within Telegram's
/// 64 bytes. Problems name the file and line and say what to do.
/// </summary>
public static partial class ContentValidator
{
    private const int MaxShortName = 24;
    private const int MaxButtonLabel = 40;

    public static IReadOnlyList<ContentProblem> Check(ContentCatalog catalog) => Check(catalog, []);

    /// <summary>Checks the content together with the features that will run on it (their steps and messages).</summary>
    public static IReadOnlyList<ContentProblem> Check(ContentCatalog catalog, IReadOnlyList<IConversationFeature> features)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(features);
        var problems = new List<ContentProblem>();
        var featureKeys = features.SelectMany(f => f.MessageKeys).ToHashSet(StringComparer.Ordinal);
        CheckMessages(catalog.Messages, MessageKeys.Required.Concat(featureKeys), featureKeys, problems);
        CheckFlow(catalog, features.SelectMany(f => f.Steps).ToList(), problems);
        CheckProcedures(catalog, problems);
        CheckTopics(catalog.Topics, problems);
        CheckWording(catalog, problems);
        return problems;
    }

    /// <summary>Facts the commune has not confirmed yet, least certain first, for the pre-launch check.</summary>
    public static IReadOnlyList<Fact> Unconfirmed(ContentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Office.Facts()
            .Concat(catalog.Procedures.SelectMany(p => p.Facts()))
            .Concat(catalog.Topics.OutOfScope.Select(t => t.Fact))
            .Where(f => !f.Confirmed)
            .OrderByDescending(f => f.Confidence)
            .ThenBy(f => f.Origin.File, StringComparer.Ordinal)
            .ThenBy(f => f.Origin.Line)
            .ToList();
    }

    /// <summary>
    /// Every required message exists, and the engine's messages use only placeholders it can fill. A feature's
    /// own messages may use placeholders of its own (the feature fills them; its tests check the wording).
    /// </summary>
    private static void CheckMessages(MessageCatalog messages, IEnumerable<string> required, HashSet<string> featureKeys, List<ContentProblem> problems)
    {
        foreach (var key in required.Distinct(StringComparer.Ordinal))
        {
            if (!messages.Has(key))
            {
                problems.Add(new ContentProblem(new SourceRef("messages.yaml", 0), $"message '{key}' is missing: the bot says it, add it."));
            }
        }

        foreach (var key in messages.Keys.Where(k => !featureKeys.Contains(k)))
        {
            foreach (var name in MessageCatalog.Placeholders(messages.Raw(key)))
            {
                if (!StepRenderer.PlaceholderNames.Contains(name) && !LocalPlaceholders.Contains(name))
                {
                    problems.Add(new ContentProblem(messages.Origins[key],
                        $"message '{key}' uses {{{name}}}, which the bot cannot fill; use one of: {string.Join(", ", StepRenderer.PlaceholderNames)}."));
                }
            }
        }
    }

    // Placeholders filled by the code that says the message, not from the office data.
    private static readonly string[] LocalPlaceholders = ["name", "code", "step", "label", "what", "count", "unit", "total", "price"];

    private static void CheckFlow(ContentCatalog catalog, List<string> featureSteps, List<ContentProblem> problems)
    {
        var flow = catalog.Flow;
        var stepIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var step in flow.Steps)
        {
            if (!stepIds.Add(step.Id) || Flow.BuiltInSteps.Contains(step.Id))
            {
                problems.Add(new ContentProblem(step.Origin, $"step '{step.Id}' is defined twice or is a built-in step name: rename it."));
            }

            if (!catalog.Messages.Has(step.Say))
            {
                problems.Add(new ContentProblem(step.Origin, $"step '{step.Id}' says '{step.Say}', which is not in messages.yaml: add the message or fix the key."));
            }

            if (step.Show is not null && !Flow.Shows.Contains(step.Show))
            {
                problems.Add(new ContentProblem(step.Origin, $"step '{step.Id}' shows '{step.Show}'; use one of: procedure-list, writing-list, online-list."));
            }
        }

        if (flow.Find(flow.Start) is null)
        {
            problems.Add(new ContentProblem(flow.Origin, $"start step '{flow.Start}' does not exist: name one of the steps."));
        }

        var buttonIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var button in flow.AllButtons())
        {
            if (!buttonIds.Add(button.Id))
            {
                problems.Add(new ContentProblem(button.Origin, $"button id '{button.Id}' is used twice: every button needs its own id."));
            }

            if (Triggers.Reserved.Contains(button.Id) || !IdPattern().IsMatch(button.Id))
            {
                problems.Add(new ContentProblem(button.Origin, $"button id '{button.Id}' is reserved or not of a-z, 0-9 and '-' (at most 30): rename it."));
            }

            if (!stepIds.Contains(button.To) && !Flow.BuiltInSteps.Contains(button.To) && !featureSteps.Contains(button.To))
            {
                problems.Add(new ContentProblem(button.Origin, $"button '{button.Id}' goes to unknown step '{button.To}': name an existing step."));
            }

            if (button.Label.Length == 0 || button.Label.Length > MaxButtonLabel)
            {
                problems.Add(new ContentProblem(button.Origin, $"button '{button.Id}' needs a label of 1 to {MaxButtonLabel} characters."));
            }
        }

        var reachable = Reachable(flow.Start, id => flow.Find(id)?.Buttons.SelectMany(r => r).Select(b => b.To) ?? []);
        foreach (var step in flow.Steps.Where(s => !reachable.Contains(s.Id) && s.Id != "help"))
        {
            problems.Add(new ContentProblem(step.Origin, $"step '{step.Id}' cannot be reached from '{flow.Start}': add a button that leads to it, or remove it."));
        }
    }

    private static void CheckProcedures(ContentCatalog catalog, List<ContentProblem> problems)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var items = new HashSet<int>();
        foreach (var procedure in catalog.Procedures)
        {
            var at = procedure.Origin;
            if (!ids.Add(procedure.Id))
            {
                problems.Add(new ContentProblem(at, $"procedure id '{procedure.Id}' is used twice."));
            }

            if (!IdPattern().IsMatch(procedure.Id) || Encoding.UTF8.GetByteCount(ButtonPress.Procedure(procedure.Id, Aspect.Documents)) > ButtonPress.MaxPayloadBytes)
            {
                problems.Add(new ContentProblem(at, $"procedure id '{procedure.Id}' should be a-z, 0-9 and '-', at most 30 characters."));
            }

            if (!items.Add(procedure.PlanItem))
            {
                problems.Add(new ContentProblem(at, $"plan item {procedure.PlanItem} is used by two procedures."));
            }

            if (procedure.ShortName.Length is 0 or > MaxShortName)
            {
                problems.Add(new ContentProblem(at, $"short_name '{procedure.ShortName}' should have 1 to {MaxShortName} characters (it is a button label)."));
            }

            if (procedure.Kind == ProcedureKind.Routing && procedure.Routes.Count == 0)
            {
                problems.Add(new ContentProblem(at, "a routing node needs at least one route."));
            }

            foreach (var route in procedure.Routes.Where(r => r.ProcedureId is not null && catalog.FindProcedure(r.ProcedureId) is null))
            {
                problems.Add(new ContentProblem(route.Fact.Origin, $"route '{route.Id}' leads to unknown procedure '{route.ProcedureId}'."));
            }

            foreach (var fact in procedure.Facts().Where(f => f.Source.Length == 0))
            {
                problems.Add(new ContentProblem(fact.Origin, "this fact has no source: add 'source' (the legal text and the reference section)."));
            }

            if (procedure.Checklist is { } checklist)
            {
                CheckChecklist(checklist, problems);
            }
        }
    }

    private static void CheckChecklist(Checklist checklist, List<ContentProblem> problems)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var question in checklist.Questions)
        {
            if (!ids.Add(question.Id) || question.Id == Checklist.Done)
            {
                problems.Add(new ContentProblem(question.Origin, $"question id '{question.Id}' is used twice or is the reserved word 'done'."));
            }

            foreach (var target in new[] { question.Yes, question.No })
            {
                if (target != Checklist.Done && checklist.Find(target) is null)
                {
                    problems.Add(new ContentProblem(question.Origin, $"question '{question.Id}' goes to unknown question '{target}': name a question or 'done'."));
                }
            }
        }

        if (checklist.Find(checklist.Start) is null)
        {
            problems.Add(new ContentProblem(checklist.Origin, $"checklist start '{checklist.Start}' is not a question."));
            return;
        }

        var reachable = Reachable(checklist.Start, id => checklist.Find(id) is { } q ? [q.Yes, q.No] : []);
        foreach (var question in checklist.Questions.Where(q => !reachable.Contains(q.Id)))
        {
            problems.Add(new ContentProblem(question.Origin, $"question '{question.Id}' cannot be reached from '{checklist.Start}'."));
        }

        if (HasCycle(checklist))
        {
            problems.Add(new ContentProblem(checklist.Origin, "the checklist loops back on itself: every path must end in 'done'."));
        }
    }

    private static void CheckTopics(Topics topics, List<ContentProblem> problems)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var topic in topics.OutOfScope)
        {
            if (!ids.Add(topic.Id))
            {
                problems.Add(new ContentProblem(topic.Fact.Origin, $"topic id '{topic.Id}' is used twice."));
            }

            if (topic.Keywords.Count == 0)
            {
                problems.Add(new ContentProblem(topic.Fact.Origin, $"topic '{topic.Id}' has no keywords: nobody could reach it."));
            }
        }
    }

    private static HashSet<string> Reachable(string start, Func<string, IEnumerable<string>> next)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var id))
        {
            foreach (var to in next(id))
            {
                if (seen.Add(to))
                {
                    queue.Enqueue(to);
                }
            }
        }

        return seen;
    }

    private static bool HasCycle(Checklist checklist)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        bool Visit(string id)
        {
            if (id == Checklist.Done || checklist.Find(id) is not { } question)
            {
                return false;
            }

            switch (state.GetValueOrDefault(id))
            {
                case 1:
                    return true;
                case 2:
                    return false;
            }

            state[id] = 1;
            var cycle = Visit(question.Yes) || Visit(question.No);
            state[id] = 2;
            return cycle;
        }

        return Visit(checklist.Start);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,29}$")]
    private static partial Regex IdPattern();
}
