using Microsoft.Extensions.Time.Testing;
using OneStop.Bot.Storage;
using OneStop.Bot.Tests.Support;

namespace OneStop.Bot.Tests.Storage;

/// <summary>How far each channel was handled: one record per channel, committed with the batch it ends.</summary>
public sealed class ChannelPositionTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(BotHost.Morning);

    private string Database => _folder.File("bot.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void An_update_below_one_a_staff_tool_handled_is_a_repeat_after_a_reopen()
    {
        var lan = StoredConversation.Chat(1);
        using (var first = new StoredConversation(Database, _time))
        {
            Assert.NotEmpty(first.Say(lan, "/start", 5));
            first.Service.MarkHandled("telegram", 6);
            Assert.Equal(6, first.Store.Position("telegram")?.Last);
        }

        using var second = new StoredConversation(Database, _time);
        Assert.Empty(second.Say(lan, "ket hon", 5));
        Assert.Empty(second.Say(lan, "ket hon", 6));
        Assert.NotEmpty(second.Say(lan, "ket hon", 7));
        Assert.Equal(7, second.Store.Position("telegram")?.Last);
    }

    [Fact]
    public void Each_channel_keeps_its_own_position_and_the_terminal_has_none()
    {
        using var stored = new StoredConversation(Database, _time);
        stored.Say(StoredConversation.Chat(1), "/start", 40);
        Assert.NotEmpty(stored.Say(new OneStop.Domain.Conversation.ChatAddress("zalo", "1"), "/start", 3));
        Assert.NotEmpty(stored.Say(new OneStop.Domain.Conversation.ChatAddress("local", "1"), "/start"));
        Assert.NotEmpty(stored.Say(new OneStop.Domain.Conversation.ChatAddress("local", "1"), "/start"));

        Assert.Equal(40, stored.Store.Position("telegram")?.Last);
        Assert.Equal(3, stored.Store.Position("zalo")?.Last);
        Assert.Null(stored.Store.Position("local"));
    }

    [Fact]
    public void After_a_silent_week_a_lower_update_id_is_a_new_message_not_a_repeat()
    {
        // Telegram numbers the next update at random after a week without any (Bot API, Update.update_id).
        var lan = StoredConversation.Chat(1);
        using (var first = new StoredConversation(Database, _time))
        {
            Assert.NotEmpty(first.Say(lan, "/start", 900_000));
        }

        _time.Advance(TimeSpan.FromDays(8));
        using var second = new StoredConversation(Database, _time);
        Assert.False(second.Service.IsRepeat("telegram", 1_234));
        Assert.NotEmpty(second.Say(lan, "ket hon", 1_234));
        Assert.Equal(1_234, second.Store.Position("telegram")?.Last);

        // From there on, repeats are told apart again.
        Assert.True(second.Service.IsRepeat("telegram", 1_234));
        Assert.Empty(second.Say(lan, "ket hon", 1_234));
        Assert.NotEmpty(second.Say(lan, "bao nhieu tien", 1_235));
    }

    [Fact]
    public void A_position_older_than_Telegram_keeps_updates_no_longer_counts()
    {
        var lan = StoredConversation.Chat(1);
        using var stored = new StoredConversation(Database, _time);
        stored.Say(lan, "/start", 50);
        Assert.True(stored.Service.IsRepeat("telegram", 50));

        _time.Advance(ChannelPosition.RepeatWindow);
        Assert.False(stored.Service.IsRepeat("telegram", 50));
    }
}
