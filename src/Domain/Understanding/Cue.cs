namespace OneStop.Domain.Understanding;

/// <summary>
/// What a phrase of a message points to: a request kind from topics.yaml's cues, or a procedure's answer to a
/// specific question (which then also names the procedure and the answer).
/// </summary>
internal readonly record struct Cue(RequestKind Kind, string? ProcedureId = null, string? AnswerId = null);
