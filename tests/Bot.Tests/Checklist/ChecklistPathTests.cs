using System.Text;
using OneStop.Domain.Checklist;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;
using OneStop.Domain.Online;

namespace OneStop.Bot.Tests.Checklist;

/// <summary>
/// Every path through every shipped checklist, played through the real engine: each ends in a verdict, every
/// question is asked on some path, and every button it shows is one we can read back within Telegram's 64 bytes.
/// </summary>
public class ChecklistPathTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));
    private static readonly ChatAddress Chat = new("test", "paths");

    public static TheoryData<string> Procedures()
    {
        var data = new TheoryData<string>();
        foreach (var procedure in Support.Content.Real.Procedures.Where(p => p.Checklist is not null))
        {
            data.Add(procedure.Id);
        }

        return data;
    }

    [Fact]
    public void Every_procedure_has_a_dossier_check() =>
        Assert.All(Support.Content.Real.Procedures, p => Assert.True(p.Checklist is not null, $"{p.Id} has no checklist"));

    [Theory]
    [MemberData(nameof(Procedures))]
    public void Every_path_ends_in_a_verdict_and_asks_every_question_somewhere(string procedureId)
    {
        var procedure = Support.Content.Real.FindProcedure(procedureId)!;
        var engine = Support.Content.Engine();
        var asked = new HashSet<string>(StringComparer.Ordinal);
        var paths = Paths(procedure).ToList();
        Assert.NotEmpty(paths);
        foreach (var path in paths)
        {
            var session = new Session();
            var last = Press(engine, session, ChecklistPress.Open(procedure.Id));
            foreach (var answer in path)
            {
                asked.Add(Current(procedure, session));
                var button = last.AllButtons.Single(b => b.Payload.Contains(":a:", StringComparison.Ordinal) && b.Payload.EndsWith(answer == ChecklistAnswer.Yes ? ":y" : ":n", StringComparison.Ordinal));
                last = Press(engine, session, button.Payload);
            }

            if (procedure.PageFee is not null && last.AllButtons.Any(b => b.Payload.Contains(":p:", StringComparison.Ordinal)))
            {
                last = Press(engine, session, ChecklistPress.Pages(procedure.Id, 3));
                last = Press(engine, session, ChecklistPress.Copies(procedure.Id, 2));
                Assert.Contains("10.000 đồng", last.Text);
            }

            var complete = last.Text.Contains("đã đủ giấy tờ", StringComparison.Ordinal);
            var incomplete = last.Text.Contains("còn thiếu", StringComparison.Ordinal);
            Assert.True(complete ^ incomplete, $"{procedure.Id} {string.Join(' ', path)} did not end in one verdict: {last.Text}");
            Assert.Equal(ChecklistFeature.Step, session.State);
        }

        Assert.Equal(procedure.Checklist!.Questions.Select(q => q.Id).Order(StringComparer.Ordinal), asked.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Procedures))]
    public void The_complete_verdict_says_when_to_come_or_how_to_file_online(string procedureId)
    {
        var procedure = Support.Content.Real.FindProcedure(procedureId)!;
        var complete = Paths(procedure).FirstOrDefault(path =>
        {
            var check = path.Aggregate(DossierCheck.Resume(procedure, ChecklistProgress.Empty), (c, a) => c.Answer(a)!);
            return check.Position.Missing.Count == 0;
        });
        if (complete is null)
        {
            return;
        }

        var engine = Support.Content.Engine();
        var session = new Session();
        var last = Press(engine, session, ChecklistPress.Open(procedure.Id));
        foreach (var answer in complete)
        {
            last = Type(engine, session, answer == ChecklistAnswer.Yes ? "có" : "không");
        }

        if (procedure.PageFee is not null)
        {
            Type(engine, session, "1");
            last = Type(engine, session, "1");
        }

        Assert.Contains("đã đủ giấy tờ", last.Text, StringComparison.Ordinal);
        if (procedure.SameDay.Applies)
        {
            Assert.Contains("Thứ Tư, 02/12/2026", last.Text, StringComparison.Ordinal);
        }

        Assert.Equal(OnlineRouteWording.HasRoute(procedure), last.AllButtons.Any(b => b.Payload == OnlinePress.Route(procedure.Id)));
    }

    private static Reply Press(ConversationEngine engine, Session session, string payload)
    {
        var replies = engine.Handle(session, Incoming.Pressed(Chat, payload), Now).Replies;
        return CheckButtons(replies[^1]);
    }

    private static Reply Type(ConversationEngine engine, Session session, string text) =>
        CheckButtons(engine.Handle(session, Incoming.Typed(Chat, text), Now).Replies[^1]);

    private static Reply CheckButtons(Reply reply)
    {
        foreach (var button in reply.AllButtons.Where(b => b.Url is null))
        {
            Assert.True(Encoding.UTF8.GetByteCount(button.Payload) <= ButtonPress.MaxPayloadBytes, button.Payload);
            Assert.True(
                ButtonPress.TryParse(button.Payload, out _) || ChecklistPress.TryParse(button.Payload, out _) || OnlinePress.TryParse(button.Payload, out _)
                    || button.Payload.StartsWith("rm:", StringComparison.Ordinal) || button.Payload.StartsWith("sd:", StringComparison.Ordinal),
                $"'{button.Label}' has a payload nobody reads: {button.Payload}");
        }

        Assert.DoesNotContain("không còn dùng được", reply.Text, StringComparison.Ordinal);
        return reply;
    }

    /// <summary>The question the stored answers have reached, read back as the feature reads them.</summary>
    private static string Current(Procedure procedure, Session session) =>
        DossierCheck.Resume(procedure, ChecklistProgress.Parse(session.Data.GetValueOrDefault("checklist.answers." + procedure.Id)))
            .Position.Current!.Id;

    /// <summary>Every sequence of answers from the start to "done", from the procedure file.</summary>
    private static IEnumerable<List<ChecklistAnswer>> Paths(Procedure procedure)
    {
        var stack = new Stack<List<ChecklistAnswer>>([[]]);
        while (stack.TryPop(out var path))
        {
            var check = path.Aggregate(DossierCheck.Resume(procedure, ChecklistProgress.Empty), (c, a) => c.Answer(a)!);
            if (check.Position.IsDone)
            {
                yield return path;
                continue;
            }

            stack.Push([.. path, ChecklistAnswer.No]);
            stack.Push([.. path, ChecklistAnswer.Yes]);
        }
    }
}
