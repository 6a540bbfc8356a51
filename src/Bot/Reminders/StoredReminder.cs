namespace OneStop.Bot.Reminders;

/// <summary>A reminder as the scheduler finds it: the chat, the day, and which messages already went out.</summary>
internal sealed class StoredReminder
{
    /// <summary>"chatKey|yyyyMMdd": one reminder per chat and day.</summary>
    public string Id { get; set; } = "";

    public string ChatKey { get; set; } = "";

    /// <summary>The same-day day, "yyyyMMdd".</summary>
    public string Day { get; set; } = "";

    public string? ProcedureId { get; set; }

    public bool EveningDone { get; set; }

    public bool MorningDone { get; set; }

    public static string Key(string chatKey, string day) => $"{chatKey}|{day}";
}
