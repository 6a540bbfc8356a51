namespace OneStop.Domain.Content;

/// <summary>
/// Fee by pages for certified copies (TT 226/2016/TT-BTC): a price for the first pages,
/// a lower one after, capped per copy.
/// </summary>
public sealed record PageFeeRule(int FirstPages, int FirstPagePrice, int NextPagePrice, int MaxPerCopy, Fact Fact)
{
    public int PerCopy(int pages)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pages);
        var first = Math.Min(pages, FirstPages) * FirstPagePrice;
        var rest = Math.Max(0, pages - FirstPages) * NextPagePrice;
        return Math.Min(first + rest, MaxPerCopy);
    }

    public long Total(int pages, int copies)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(copies);
        return (long)PerCopy(pages) * copies;
    }
}
