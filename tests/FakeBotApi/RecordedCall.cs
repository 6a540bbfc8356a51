namespace OneStop.FakeBotApi;

/// <summary>
/// One Bot API call as it arrived: the method in Telegram's spelling ("sendMessage") and the raw body
/// (JSON as sent, non-ASCII possibly \u-escaped; for multipart a "name=value" line per field).
/// </summary>
public sealed record RecordedCall(string Method, string Body, DateTimeOffset At);
