using System.Globalization;
using OneStop.FakeBotApi;

namespace OneStop.Bench.Broadcast;

/// <summary>The bot as the broadcast benchmark runs it: one official in Staff__Members, the chosen broadcast mode.</summary>
internal static class BroadcastBot
{
    public const long Official = 9001;

    public static BotProcess Start(FakeTelegramServer server, string databasePath, string content, bool paid) =>
        BotProcess.Start(server, databasePath, new Dictionary<string, string>
        {
            ["Telegram__PollTimeout"] = "00:00:05",
            ["Content__Path"] = content,
            ["Staff__Members__0__TelegramId"] = Official.ToString(CultureInfo.InvariantCulture),
            ["Staff__Members__0__Role"] = "official",
            ["Delivery__PaidBroadcast"] = paid ? "true" : "false",
            ["Delivery__MaxBroadcastInFlight"] = paid ? "64" : "16",
        });
}
