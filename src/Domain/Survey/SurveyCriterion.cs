namespace OneStop.Domain.Survey;

/// <summary>One of the one-stop evaluation's nine criteria (2 points each, 18 in all), as the official sheet names it.</summary>
public sealed record SurveyCriterion(int Number, string Name);
