namespace OneStop.Domain.Content;

/// <summary>
/// What the office must settle with the commune before going live: one question and the facts (or calendar
/// files) that wait on its answer, least certain first.
/// </summary>
public sealed record LaunchQuestion(string Question, IReadOnlyList<Fact> Facts);
