namespace OneStop.Domain.Closures;

/// <summary>Which part of a day the desk is closed at short notice.</summary>
public enum DayPart
{
    WholeDay,
    Morning,
    Afternoon,
}
