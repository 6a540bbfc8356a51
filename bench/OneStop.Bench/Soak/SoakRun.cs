using OneStop.FakeBotApi;

namespace OneStop.Bench.Soak;

/// <summary>Everything a soak run measured, for <see cref="SoakReport"/>.</summary>
internal sealed record SoakRun(
    SoakOptions Options,
    int MessagesIn,
    SoakTally Tally,
    IReadOnlyList<SoakWindow> Kills,
    IReadOnlyList<SoakWindow> Storms,
    long ResidentAtStart,
    IReadOnlyList<long> ResidentAtEnd,
    long PeakResident,
    long DatabaseBytes,
    InjectedFaults Injected,
    int NoticesLost,
    int NoticesRepeated,
    TimeSpan Settling);
