namespace OneStop.Domain.Content;

/// <summary>
/// A screen of the conversation: a message, optional generated content (<see cref="Show"/>) and rows of buttons.
/// </summary>
public sealed record FlowStep(
    string Id,
    string Say,
    string? Show,
    IReadOnlyList<IReadOnlyList<FlowButton>> Buttons,
    SourceRef Origin);
