namespace OneStop.Domain.Checklist;

/// <summary>One stored answer: which question, and yes or no. Question ids, not positions, so an edited file is noticed.</summary>
public readonly record struct SavedChecklistAnswer(string QuestionId, ChecklistAnswer Answer);
