namespace OneStop.Domain.Content;

/// <summary>
/// A fee charged per item ("8.000 đồng mỗi bản sao", "10.000 đồng mỗi trường hợp"), and the words people count those
/// items with, so "xin 3 bản sao khai sinh hết bao nhiêu" gets the total worked out.
/// </summary>
public sealed record UnitFeeRule(int Price, string Unit, IReadOnlyList<string> CountWords, Fact Fact);
