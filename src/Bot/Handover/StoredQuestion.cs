namespace OneStop.Bot.Handover;

/// <summary>
/// A citizen's question to the staff and its thread: personal data, kept while open and then for the retention
/// period, deleted with the chat (/xoadulieu, or the chat's own retention).
/// </summary>
internal sealed class StoredQuestion
{
    /// <summary>The short code (<see cref="Domain.Handover.QuestionCode"/>).</summary>
    public string Id { get; set; } = "";

    public string ChatKey { get; set; } = "";

    public DateTime AskedUtc { get; set; }

    public List<StoredLine> Lines { get; set; } = [];

    /// <summary>The question's messages in the staff group ("telegram:-100123#57"): an official's reply to any of them answers it.</summary>
    public List<string> GroupMessages { get; set; } = [];

    /// <summary>Officials' messages already delivered to the citizen, by the same kind of key: each answer goes once.</summary>
    public List<string> DeliveredAnswers { get; set; } = [];

    public bool ContactShared { get; set; }

    /// <summary>When the question is raised again in the staff group; null once answered (until the citizen writes again) or closed.</summary>
    public DateTime? DueUtc { get; set; }

    public DateTime? ClosedUtc { get; set; }

    public bool IsOpen => ClosedUtc is null;

    public string FirstText => Lines.FirstOrDefault(l => l.StaffId == 0)?.Text ?? "";

    public int AnswerCount => Lines.Count(l => l.StaffId != 0);

    public static string MessageKey(string chatKey, string messageId) => $"{chatKey}#{messageId}";
}
