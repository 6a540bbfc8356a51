using OneStop.Domain.Content;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Tests.Understanding;

/// <summary>
/// Every procedure asked every part, typed and by button, after its card and from a cold start: never the error reply.
/// Guards the class of defect where a question reached a message the files lacked ("card.place").
/// </summary>
public class EveryAspectTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 14, 0, 0, TimeSpan.FromHours(7));

    private static readonly string[] Questions =
    [
        "cần giấy tờ gì", "bao nhiêu tiền", "mất bao lâu", "nộp ở đâu", "ai phải đến", "có viết giúp không", "nộp online được không",
        "gửi bưu điện được không", "3 giờ chiều còn nộp kịp không", "có thời hạn không", "trễ có sao không", "được không",
    ];

    public static TheoryData<string> Procedures()
    {
        var data = new TheoryData<string>();
        foreach (var procedure in Support.Content.Real.Procedures)
        {
            data.Add(procedure.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Procedures))]
    public void Every_part_of_a_procedure_is_answered_typed_and_pressed(string id)
    {
        var engine = Support.Content.Engine();
        var procedure = Support.Content.Real.FindProcedure(id)!;
        var error = Support.Content.Real.Messages["error"];
        var chat = new ChatAddress("test", id);
        foreach (var question in Questions)
        {
            Check(engine, new Session(), Incoming.Typed(chat, $"{procedure.ShortName} {question}"), error, $"{id} / {question}");

            var afterCard = new Session();
            engine.Handle(afterCard, Incoming.Typed(chat, procedure.ShortName), Now);
            Check(engine, afterCard, Incoming.Typed(chat, question), error, $"{id} / {question} after the card");
        }

        foreach (var aspect in Enum.GetValues<Aspect>())
        {
            Check(engine, new Session(), Incoming.Pressed(chat, ButtonPress.Procedure(id, aspect)), error, $"{id} / {aspect} pressed");
            var afterCard = new Session();
            engine.Handle(afterCard, Incoming.Typed(chat, procedure.ShortName), Now);
            Check(engine, afterCard, Incoming.Pressed(chat, ButtonPress.Procedure(id, aspect)), error, $"{id} / {aspect} pressed after the card");
        }
    }

    private static void Check(ConversationEngine engine, Session session, Incoming incoming, string error, string what)
    {
        var outcome = engine.Handle(session, incoming, Now);
        Assert.True(outcome.Replies.Count > 0, $"{what}: no reply");
        Assert.All(outcome.Replies, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Text), $"{what}: an empty reply");
            Assert.False(r.Text.Contains(error, StringComparison.Ordinal), $"{what}: the error reply");
        });
    }
}
