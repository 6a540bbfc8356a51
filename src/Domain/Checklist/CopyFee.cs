using OneStop.Domain.Content;

namespace OneStop.Domain.Checklist;

/// <summary>The fee for certified copies of one paper, worked out from its pages and the copies wanted (TT 226/2016/TT-BTC).</summary>
public sealed record CopyFee(int Pages, int Copies, int PerCopy, long Total)
{
    /// <summary>Pages and copies a citizen may type: beyond these it is surely a typo, and the per-copy cap applies anyway.</summary>
    public const int MaxPages = 2000;

    public const int MaxCopies = 200;

    public static CopyFee Of(PageFeeRule rule, int pages, int copies)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pages, MaxPages);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(copies, MaxCopies);
        return new CopyFee(pages, copies, rule.PerCopy(pages), rule.Total(pages, copies));
    }
}
