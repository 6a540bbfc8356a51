using OneStop.Domain.Understanding;

namespace OneStop.Domain.Content;

/// <summary>
/// The answer to one specific question about a procedure (how soon a death must be registered, how long a
/// certified copy is valid, whether a laminated original can be copied), with the phrases that ask it.
/// </summary>
public sealed record ProcedureAnswer(string Id, RequestKind Kind, IReadOnlyList<string> Asks, Fact Fact);
