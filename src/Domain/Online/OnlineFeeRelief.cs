using OneStop.Domain.Content;

namespace OneStop.Domain.Online;

/// <summary>
/// A fee waived for people who file online, for a limited period (e.g. Thông tư 117/2026/TT-BTC: the 8.000 đồng copy
/// fee, 15/08/2026–28/02/2027). Said only while it is in force, so an expired waiver is never promised.
/// </summary>
/// <param name="From">First day it applies, commune-local.</param>
/// <param name="Until">Last day it applies, inclusive.</param>
public sealed record OnlineFeeRelief(DateOnly From, DateOnly Until, Fact Fact)
{
    public bool AppliesOn(DateOnly day) => From <= day && day <= Until;
}
