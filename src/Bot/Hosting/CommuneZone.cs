namespace OneStop.Bot.Hosting;

/// <summary>The commune lives in Asia/Ho_Chi_Minh whatever the server's zone is; looked up once, here.</summary>
internal static class CommuneZone
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
}
