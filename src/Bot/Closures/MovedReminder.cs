namespace OneStop.Bot.Closures;

/// <summary>A reminder a closure moved, so a cancellation can move it back and tell the citizen.</summary>
internal sealed class MovedReminder
{
    public string ChatKey { get; set; } = "";

    public string? ProcedureId { get; set; }

    /// <summary>The day it moved to, "yyyyMMdd".</summary>
    public string To { get; set; } = "";
}
