namespace OneStop.Domain.Content;

/// <summary>Online-service level under NĐ 42/2022/NĐ-CP.</summary>
public enum OnlineLevel
{
    /// <summary>"Toàn trình": every step online, result online or by post.</summary>
    Full,

    /// <summary>"Một phần": some step still needs presence or an original paper.</summary>
    Partial,

    /// <summary>
    /// Filing online exists, but no source says whether every step is online: the bot says so rather than
    /// guessing "toàn trình" or "một phần".
    /// </summary>
    Unstated,

    /// <summary>Not available online.</summary>
    None,
}
