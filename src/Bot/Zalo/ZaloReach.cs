namespace OneStop.Bot.Zalo;

/// <summary>Whether Zalo lets a message through to a chat now, and at what cost.</summary>
internal enum ZaloReach
{
    /// <summary>Within 48 hours of the citizen's last interaction.</summary>
    Free,

    /// <summary>From 48 hours to 7 days: accepted, billed to the OA.</summary>
    Billed,

    /// <summary>Beyond 7 days, or the citizen unfollowed: refused.</summary>
    None,
}
