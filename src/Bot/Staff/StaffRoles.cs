namespace OneStop.Bot.Staff;

internal static class StaffRoles
{
    public const string Official = "official";
    public const string Leader = "leader";
}
