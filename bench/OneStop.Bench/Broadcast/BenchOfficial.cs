using OneStop.FakeBotApi;

namespace OneStop.Bench.Broadcast;

/// <summary>The official at the keyboard: /thongbao with the text, "everyone", then "Gửi ngay", pressing the buttons the bot sent.</summary>
internal static class BenchOfficial
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    public static async Task<string> SendToEveryoneAsync(FakeTelegramServer server, string text)
    {
        var official = BroadcastBot.Official;
        server.EnqueueText(official, "/thongbao " + text);
        await server.WaitForSentAsync(sent => Has(sent, "tb:all:"), Patience);
        server.EnqueueCallback(official, Button(server, "tb:all:"));
        await server.WaitForSentAsync(sent => Has(sent, "tb:now:"), Patience);
        var summary = server.SentTo(official)[^1].Text;
        server.EnqueueCallback(official, Button(server, "tb:now:"));
        return summary;
    }

    public static bool HasReport(IReadOnlyList<SentMessage> sent) =>
        sent.Any(m => m.ChatId == BroadcastBot.Official && m.Method == "sendMessage" && m.Text.Contains("Đã gửi xong", StringComparison.Ordinal));

    private static bool Has(IReadOnlyList<SentMessage> sent, string payloadStart) =>
        sent.Any(m => m.ChatId == BroadcastBot.Official && m.InlineButtons.SelectMany(r => r).Any(b => b.CallbackData?.StartsWith(payloadStart, StringComparison.Ordinal) == true));

    private static string Button(FakeTelegramServer server, string payloadStart) =>
        server.SentTo(BroadcastBot.Official)
            .SelectMany(m => m.InlineButtons.SelectMany(r => r))
            .Last(b => b.CallbackData?.StartsWith(payloadStart, StringComparison.Ordinal) == true).CallbackData!;
}
