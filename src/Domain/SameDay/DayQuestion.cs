namespace OneStop.Domain.SameDay;

/// <summary>A question about days and hours, with the day it is about (null: today, or none) and the holiday named.</summary>
public sealed record DayQuestion(DayQuestionKind Kind, DateOnly? Day = null, string? Holiday = null);
