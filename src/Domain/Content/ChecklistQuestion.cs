namespace OneStop.Domain.Content;

/// <summary>
/// A yes/no question of the dossier checklist. <see cref="Yes"/> and <see cref="No"/> name the next
/// question, or <see cref="Checklist.Done"/>.
/// </summary>
public sealed record ChecklistQuestion(
    string Id,
    string Ask,
    string Yes,
    string No,
    string? MissingIfNo,
    string? MissingIfYes,
    string? Help,
    SourceRef Origin);
