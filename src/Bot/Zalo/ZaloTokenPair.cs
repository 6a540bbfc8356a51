namespace OneStop.Bot.Zalo;

/// <summary>The OA's live tokens. The refresh token is single-use: the pair is committed before the new one is used.</summary>
internal sealed class ZaloTokenPair
{
    public const string Collection = "zalo_tokens";
    public const string OnlyId = "oa";

    public string Id { get; set; } = OnlyId;

    public string AccessToken { get; set; } = "";

    public string RefreshToken { get; set; } = "";

    public DateTime ExpiresUtc { get; set; }
}
