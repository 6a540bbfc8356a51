using System.Globalization;

namespace OneStop.Bot.Staff;

/// <summary>
/// An official named in configuration, on one channel or both (Staff__Members__0__TelegramId,
/// Staff__Members__0__ZaloId, Staff__Members__0__Role).
/// </summary>
internal sealed record StaffMember
{
    public long TelegramId { get; init; }

    /// <summary>The official's user id as the commune's Zalo Official Account sees it (ids belong to one OA).</summary>
    public string? ZaloId { get; init; }

    /// <summary>"official" (cán bộ) or "leader" (lãnh đạo); a leader may also approve broadcasts.</summary>
    public string Role { get; init; } = StaffRoles.Official;

    /// <summary>Who this official is in stored records (a draft's author), the same from either channel.</summary>
    public string Key => TelegramId != 0
        ? "telegram:" + TelegramId.ToString(CultureInfo.InvariantCulture)
        : "zalo:" + ZaloId;
}
