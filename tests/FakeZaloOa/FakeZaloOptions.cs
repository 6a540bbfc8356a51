namespace OneStop.FakeZaloOa;

/// <summary>How a <see cref="FakeZaloServer"/> behaves.</summary>
public sealed record FakeZaloOptions
{
    public string AppId { get; init; } = "1234567890123456789";

    public string AppSecret { get; init; } = "app-secret-for-tests";

    public string OaSecretKey { get; init; } = "oa-secret-key-for-tests";

    public string OaId { get; init; } = "9876543210987654321";

    /// <summary>The refresh token the server accepts first; each refresh replaces it (single-use, as on Zalo).</summary>
    public string FirstRefreshToken { get; init; } = "refresh-0";

    /// <summary>Lifetime of an access token, as expires_in (Zalo: "90000", 25 hours).</summary>
    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromHours(25);

    /// <summary>Token expiry, message dates and the interaction window.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
