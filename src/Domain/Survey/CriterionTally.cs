namespace OneStop.Domain.Survey;

/// <summary>The points given on one evaluation criterion: how many answers scored 2, 1 and 0.</summary>
public sealed record CriterionTally(int Number, string Name, int TwoPoints, int OnePoint, int ZeroPoints)
{
    public int Answers => TwoPoints + OnePoint + ZeroPoints;

    public int Points => (2 * TwoPoints) + OnePoint;

    /// <summary>Average points of one answer (0–2), or null with no answers.</summary>
    public double? Average => Answers == 0 ? null : (double)Points / Answers;
}
