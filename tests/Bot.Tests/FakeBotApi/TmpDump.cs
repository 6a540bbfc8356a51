using System.Diagnostics;
using System.Text;
using OneStop.FakeBotApi;
using Telegram.Bot;
using Telegram.Bot.Types.ReplyMarkups;
namespace OneStop.Bot.Tests.FakeBotApi;
public sealed class TmpDumpFakeTelegramServer
{
    [Fact]
    public async Task Throughput()
    {
        await using var server = await FakeTelegramServer.StartAsync();
        var bot = new TelegramBotClient(new TelegramBotClientOptions(server.Token, baseUrl: server.BaseUrl.ToString()) { RetryCount = 0 });
        var kb = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Trả lời khảo sát", "survey:1"));
        using var http = new HttpClient();
        var url = new Uri(server.BaseUrl, $"/bot{server.Token}/sendMessage");
        for (int round = 0; round < 6; round++)
        {
            var raw = round % 2 == 1;
            var sw = Stopwatch.StartNew();
            const int n = 20000;
            var next = 0;
            await Task.WhenAll(Enumerable.Range(0, 64).Select(async _ =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) <= n)
                {
                    if (raw)
                    {
                        using var content = new StringContent("{\"chat_id\":" + i + ",\"text\":\"Th\\u00F4ng b\\u00E1o: l\\u1ECBch ti\\u1EBFp c\\u00F4ng d\\u00E2n thay \\u0111\\u1ED5i v\\u00E0o th\\u1EE9 Hai tu\\u1EA7n t\\u1EDBi, xin c\\u1EA3m \\u01A1n.\",\"reply_markup\":{\"inline_keyboard\":[[{\"text\":\"Tr\\u1EA3 l\\u1EDDi kh\\u1EA3o s\\u00E1t\",\"callback_data\":\"survey:1\"}]]}}", Encoding.UTF8, "application/json");
                        using var r = await http.PostAsync(url, content);
                        await r.Content.ReadAsByteArrayAsync();
                    }
                    else
                        await bot.SendMessage(i, "Thông báo: lịch tiếp công dân thay đổi vào thứ Hai tuần tới, xin cảm ơn.", replyMarkup: kb);
                }
            }));
            await System.IO.File.AppendAllTextAsync("/tmp/fake-perf.txt", $"round {round} {(raw ? "raw" : "bot")}: {n / sw.Elapsed.TotalSeconds:0} msg/s\n");
        }
    }
}
