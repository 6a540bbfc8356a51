namespace OneStop.FakeBotApi;

public sealed partial class FakeTelegramServer
{
    /// <summary>From now on, sends and getUpdates meet faults at random in these shares; null stops them.</summary>
    public void InjectFaults(FaultMix? mix) => _state.Chaos.Set(mix);

    /// <summary>
    /// A flood-control storm: for <paramref name="length"/> (by <see cref="FakeServerOptions.Time"/>) every send answers 429
    /// with retry_after the seconds left in the storm.
    /// </summary>
    public void StartFloodStorm(TimeSpan length)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(length, TimeSpan.Zero);
        _state.Chaos.StartStorm(length);
    }

    /// <summary>What the random faults and storms have injected so far.</summary>
    public InjectedFaults Injected => _state.Chaos.Counts;
}
