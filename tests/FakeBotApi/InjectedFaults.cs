namespace OneStop.FakeBotApi;

/// <summary>How many of each fault the server has injected at random or in a flood storm (not those asked for one by one).</summary>
public sealed record InjectedFaults(int FloodRefusals, int ServerErrors, int DroppedConnections, int LostAnswers, int SlowAnswers);
