namespace OneStop.Domain.Content;

/// <summary>One way out of a routing node (item 6): to a procedure of ours, or to another office.</summary>
public sealed record ProcedureRoute(string Id, string Label, string? ProcedureId, Fact Fact);
