namespace OneStop.Domain.Survey;

/// <summary>The answers about one procedure (<see cref="ProcedureId"/> null: staff or citizen did not say which).</summary>
public sealed record ProcedureTally(string? ProcedureId, int Responses, QuestionTally Overall);
