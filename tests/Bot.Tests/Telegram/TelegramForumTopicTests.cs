using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using OneStop.Bot.Tests.Support;
using OneStop.FakeBotApi;

namespace OneStop.Bot.Tests.Telegram;

/// <summary>A command addressed to the bot in a forum topic is answered in that topic (message_thread_id).</summary>
public sealed class TelegramForumTopicTests
{
    private const long Forum = -100_702;

    [Fact]
    public async Task A_reply_in_a_forum_topic_goes_to_the_same_topic()
    {
        using var folder = new TempFolder();
        var time = new FakeTimeProvider(BotHost.Morning);
        await using var server = await FakeTelegramServer.StartAsync(new FakeServerOptions { Time = time });
        await using var bot = await BotHost.StartAsync(server, time, folder.File("bot.db"));

        var date = BotHost.Morning.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        server.EnqueueRaw($$$"""
            {"message":{"message_id":77,"from":{"id":42,"is_bot":false,"first_name":"Lan"},
             "chat":{"id":{{{Forum}}},"type":"supergroup","title":"Tổ một cửa","is_forum":true},
             "date":{{{date}}},"message_thread_id":45,"is_topic_message":true,
             "text":"/help@{{{server.BotUsername}}}","entities":[{"offset":0,"length":{{{5 + 1 + server.BotUsername.Length}}},"type":"bot_command"}]}}
            """);
        await bot.WaitForSentToAsync(Forum, 1);

        var call = server.Calls.First(c => c.Method == "sendMessage" && c.Body.Contains(Forum.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        Assert.Contains("\"message_thread_id\":45", call.Body, StringComparison.Ordinal);
    }
}
