namespace OneStop.Domain.Calendar;

/// <summary>A day off for a holiday, a nghỉ bù or a swap, as the calendar keeps it.</summary>
internal sealed record Holiday(DateOnly Date, string Name, bool Provisional)
{
    private const string Off = "nghỉ";

    /// <summary>"nghỉ Tết Nguyên đán", "nghỉ lễ Quốc khánh", or the name itself when it already says "nghỉ …".</summary>
    public string ClosedReason =>
        Name.StartsWith(Off, StringComparison.OrdinalIgnoreCase) ? Name
        : Name.StartsWith("Tết", StringComparison.OrdinalIgnoreCase) ? $"{Off} {Name}"
        : $"{Off} lễ {Name}";

    /// <summary>The holiday a break is named after: a nghỉ bù names its holiday; a swapped day names none.</summary>
    public string? OccasionName =>
        Name.StartsWith(CompensatoryPrefix, StringComparison.OrdinalIgnoreCase) ? Name[CompensatoryPrefix.Length..]
        : Name.StartsWith(Off, StringComparison.OrdinalIgnoreCase) ? null
        : Name;

    public static string CompensatoryPrefix => "nghỉ bù ";
}
