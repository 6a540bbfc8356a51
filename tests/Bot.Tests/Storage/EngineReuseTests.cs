using OneStop.Domain.Conversation;

namespace OneStop.Bot.Tests.Storage;

/// <summary>The engine keeps its built Stateless machines for the next turn; no chat may see another's state through them.</summary>
public class EngineReuseTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void Interleaved_chats_keep_their_own_steps_trails_and_first_contact()
    {
        var engine = Support.Content.Engine();
        var lan = new Session();
        var binh = new Session();

        engine.Handle(lan, Incoming.Typed(new ChatAddress("test", "lan"), "dang ky ket hon can gi"), Now);
        var binhFirst = engine.Handle(binh, Incoming.Typed(new ChatAddress("test", "binh"), "alo"), Now);
        engine.Handle(lan, Incoming.Typed(new ChatAddress("test", "lan"), "bao nhieu tien"), Now);

        Assert.Equal("procedure", lan.State);
        Assert.Equal("ket-hon", lan.ProcedureId);
        Assert.NotEmpty(lan.Trail);
        Assert.Null(binh.ProcedureId);
        Assert.Empty(binh.Trail);
        Assert.Contains(binhFirst.Replies, r => r.Text.Contains("Ngày không viết, không hẹn", StringComparison.Ordinal));

        // Back goes along Lan's own trail, not along one left in the machine by another chat.
        engine.Handle(binh, Incoming.Typed(new ChatAddress("test", "binh"), "quay lai"), Now);
        engine.Handle(lan, Incoming.Typed(new ChatAddress("test", "lan"), "quay lai"), Now);
        Assert.Equal("procedure", lan.State);
        Assert.Equal("ket-hon", lan.ProcedureId);
    }
}
