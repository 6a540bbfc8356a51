namespace OneStop.Domain.Calendar;

/// <summary>One lunar month: its number in lunar year <paramref name="LunarYear"/>, and the solar days it covers.</summary>
internal sealed record LunarMonth(int LunarYear, int Number, bool IsLeap, DateOnly First, int Length);
