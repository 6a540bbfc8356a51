namespace OneStop.Domain.Understanding;

/// <summary>
/// What the conversation was about before this message: the procedure whose card is on screen, if any, else a topic
/// the bot does not cover that it has just answered ("làm giấy khai sinh cho cháu"), so that "hết hạn chưa" stays
/// about it.
/// </summary>
public sealed record DialogueContext(string? ProcedureId, string? TopicId = null)
{
    public static DialogueContext None { get; } = new((string?)null);
}
