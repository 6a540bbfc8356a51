namespace OneStop.Bot.Staff;

internal sealed record StaffOptions
{
    public const string Section = "Staff";

    public List<StaffMember> Members { get; init; } = [];

    /// <summary>The staff group chat: complaints and reports go there (Staff__GroupChatId).</summary>
    public long? GroupChatId { get; init; }
}
