namespace OneStop.Bot.Staff;

/// <summary>An official named in configuration (Staff__Members__0__TelegramId, Staff__Members__0__Role).</summary>
internal sealed record StaffMember
{
    public long TelegramId { get; init; }

    /// <summary>"official" (cán bộ) or "leader" (lãnh đạo); a leader may also approve broadcasts.</summary>
    public string Role { get; init; } = StaffRoles.Official;
}
