namespace OneStop.Domain.Survey;

/// <summary>A comment as the report lists it: the day and the procedure, never who wrote it.</summary>
public sealed record ReportComment(DateOnly Day, string? ProcedureId, bool Verified, string Text);
