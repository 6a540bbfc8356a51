namespace OneStop.Bot.Closures;

internal enum ClosureStatus
{
    /// <summary>Typed by an official, waiting for "Xác nhận".</summary>
    Pending,

    /// <summary>Confirmed: applied on top of the year files.</summary>
    Active,

    /// <summary>Dropped before confirmation, or cancelled afterwards.</summary>
    Cancelled,
}
