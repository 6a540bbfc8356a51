using Microsoft.Extensions.Options;
using OneStop.Bot.Tests.Support;
using OneStop.Bot.Zalo;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Tests.Zalo;

/// <summary>
/// Every screen of the bot rendered for Zalo: from the welcome, every button is pressed (breadth first, each from a
/// session that reached its screen) and every reply is checked against Zalo's limits.
/// </summary>
public sealed class ZaloScreensTests
{
    private static readonly DateTimeOffset Now = BotHost.Morning;

    [Fact]
    public void Every_screen_fits_zalo_five_buttons_two_thousand_characters_and_numbered_lines_for_the_rest()
    {
        var engine = Support.Content.Engine();
        var options = new ZaloOptions();
        var renderer = new ZaloRenderer(Options.Create(options));
        var chat = ZaloChat.Address("1");
        var start = new Session();
        var queue = new Queue<(Session Session, Reply Reply)>();
        foreach (var text in new[] { "/start", "menu", "/help", "/kiemtra", "/nhacnho", "/tructuyen", "/dangky", "/khaosat", "/xoadulieu", "đăng ký kết hôn cần gì" })
        {
            var session = Copy(engine, start, chat, text, out var replies);
            foreach (var reply in replies)
            {
                queue.Enqueue((session, reply));
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var screens = 0;
        while (queue.Count > 0 && screens < 2000)
        {
            var (session, reply) = queue.Dequeue();
            screens++;
            Check(renderer.Render(reply), reply, options);
            foreach (var button in reply.AllButtons.Where(b => b.Url is null && seen.Add(b.Payload)))
            {
                var next = Clone(session);
                var outcome = engine.Handle(next, Incoming.Pressed(chat, button.Payload), Now);
                foreach (var answer in outcome.Replies)
                {
                    queue.Enqueue((next, answer));
                }
            }
        }

        Assert.True(screens > 50, $"only {screens} screens were reached");
    }

    private static void Check(ZaloScreen screen, Reply reply, ZaloOptions options)
    {
        Assert.All(screen.Messages, m => Assert.InRange(m.Text.Length, 1, options.MaxTextLength));
        Assert.All(screen.Messages, m => Assert.InRange(m.Buttons.Count, 0, options.MaxButtons));
        Assert.All(screen.Messages.SelectMany(m => m.Buttons), b => Assert.InRange(b.Value.Length, 1, 1000));
        var all = reply.AllButtons.Count();
        Assert.Equal(Math.Max(0, all - options.MaxButtons), screen.Numbered.Count);
        Assert.Equal(Math.Min(all, options.MaxButtons), screen.Messages[^1].Buttons.Count);
    }

    private static Session Copy(ConversationEngine engine, Session from, ChatAddress chat, string text, out IReadOnlyList<Reply> replies)
    {
        var session = Clone(from);
        replies = engine.Handle(session, Incoming.Typed(chat, text), Now).Replies;
        return session;
    }

    // Sessions are plain records of state; a JSON round trip gives an independent copy for each branch.
    private static Session Clone(Session session) =>
        System.Text.Json.JsonSerializer.Deserialize<Session>(System.Text.Json.JsonSerializer.Serialize(session))!;
}
