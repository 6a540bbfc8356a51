namespace OneStop.Bot.Observability;

/// <summary>A condition /readyz checks besides the channels' last calls (Zalo: its token pair is there and valid).</summary>
internal interface IReadinessCheck
{
    /// <summary>Null when all is well; otherwise a short reason, without personal data.</summary>
    string? Problem();
}
