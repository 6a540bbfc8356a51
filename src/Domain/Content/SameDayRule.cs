namespace OneStop.Domain.Content;

/// <summary>Whether the Wednesday "không viết, không hẹn" promise applies to a procedure.</summary>
public sealed record SameDayRule(bool Applies, Fact Fact);
