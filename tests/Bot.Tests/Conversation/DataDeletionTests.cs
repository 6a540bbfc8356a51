using OneStop.Domain.Content;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Tests.Conversation;

/// <summary>"Delete my data" is a feature of the engine's own: its buttons and a yes or a no typed in its step.</summary>
public sealed class DataDeletionTests
{
    private static readonly ChatAddress Chat = new("test", "1");
    private static readonly DateTimeOffset Morning = new(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void An_old_yes_button_asks_again_and_deletes_nothing()
    {
        var engine = Support.Content.Engine();
        var session = new Session();
        engine.Handle(session, Incoming.Typed(Chat, "/start"), Morning);

        var outcome = engine.Handle(session, Incoming.Pressed(Chat, ButtonPress.DeleteYes), Morning);

        Assert.Equal(Flow.ConfirmDeleteStep, session.State);
        Assert.DoesNotContain(outcome.Effects, e => e is ConversationEffect.DeleteChatData);
        Assert.False(session.Deleted);
    }

    [Fact]
    public void A_yes_typed_in_its_step_deletes_the_chat_and_a_forged_press_is_stale()
    {
        var engine = Support.Content.Engine();
        var session = new Session();
        engine.Handle(session, Incoming.Typed(Chat, "/xoadulieu"), Morning);

        var forged = engine.Handle(session, Incoming.Pressed(Chat, "del:maybe"), Morning);
        var yes = engine.Handle(session, Incoming.Typed(Chat, "có ạ"), Morning);

        Assert.Equal(Support.Content.Real.Messages["button.stale"], forged.Replies[^1].Text);
        Assert.Contains(yes.Effects, e => e is ConversationEffect.DeleteChatData);
        Assert.True(session.Deleted);
    }
}
