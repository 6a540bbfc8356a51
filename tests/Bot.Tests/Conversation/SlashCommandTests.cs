using OneStop.Domain.Content;
using OneStop.Domain.Conversation;
using OneStop.Domain.Understanding;

namespace OneStop.Bot.Tests.Conversation;

/// <summary>The engine routes each declared slash command to the feature that declared it.</summary>
public sealed class SlashCommandTests
{
    private static readonly ChatAddress Chat = new("test", "1");
    private static readonly DateTimeOffset Morning = new(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));

    [Theory]
    [InlineData("/lichtruc")]
    [InlineData("/LichTruc@onestop_bot")]
    [InlineData("  /lichtruc tuần này")]
    public void A_feature_answers_the_command_it_declares_however_it_is_typed(string text)
    {
        var duty = new DutyRoster();
        var engine = new ConversationEngine(Support.Content.Real, Support.Content.Options, [.. Support.Content.Features(Support.Content.Real), duty]);

        var reply = engine.Handle(new Session(), Incoming.Typed(Chat, text), Morning).Replies[^1];

        Assert.Equal("Lịch trực tuần này", reply.Text);
        Assert.Equal(text.Trim(), duty.Heard);
    }

    [Fact]
    public void A_command_no_feature_declares_is_still_unknown()
    {
        var engine = new ConversationEngine(Support.Content.Real, Support.Content.Options, [.. Support.Content.Features(Support.Content.Real), new DutyRoster()]);

        var reply = engine.Handle(new Session(), Incoming.Typed(Chat, "/lichtrucx"), Morning).Replies[^1];

        Assert.Equal(Support.Content.Real.Messages["command.unknown"], reply.Text);
    }

    [Fact]
    public void Two_features_declaring_one_command_stop_the_engine_from_being_made()
    {
        var features = Support.Content.Features(Support.Content.Real);

        var error = Assert.Throws<ArgumentException>(() => new ConversationEngine(Support.Content.Real, Support.Content.Options, [.. features, new DutyRoster("/kiemtra")]));

        Assert.Contains("/kiemtra", error.Message);
    }

    [Fact]
    public void The_shipped_features_commands_reach_them()
    {
        var engine = Support.Content.Engine();

        Assert.Equal("checklist", State(engine, "/kiemtra"));
        Assert.Equal("reminders", State(engine, "/nhacnho"));
        Assert.Equal("survey", State(engine, "/khaosat"));
        Assert.Equal("notices", State(engine, "/dangky@onestop_bot"));
    }

    private static string State(ConversationEngine engine, string text)
    {
        var session = new Session();
        engine.Handle(session, Incoming.Typed(Chat, text), Morning);
        return session.State;
    }

    /// <summary>A feature a commune might add: a command and nothing else.</summary>
    private sealed class DutyRoster(string name = "/lichtruc") : IConversationFeature
    {
        public string? Heard { get; private set; }

        public IReadOnlyList<string> Steps => [];

        public string PayloadPrefix => "lt";

        public IReadOnlyList<SlashCommand> Commands => [new(name, "Lịch trực", MenuPlace: 35)];

        public IEnumerable<string> MessageKeys => [];

        public void OnCommand(ConversationTurn turn, SlashCommand command, string text)
        {
            Heard = text;
            turn.Say(new Reply("Lịch trực tuần này"));
        }

        public bool TryPress(ConversationTurn turn, string payload) => false;

        public bool TryText(ConversationTurn turn, string text, IReadOnlyList<string> words) => false;

        public Reply Render(ConversationTurn turn, string step) => new("");

        public bool TryAnswer(ConversationTurn turn, Request request) => false;
    }
}
