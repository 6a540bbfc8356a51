namespace OneStop.FakeBotApi;

/// <summary>Everything the request handlers share.</summary>
internal sealed class ServerState(FakeServerOptions options)
{
    private long _lastMessageId;
    private string? _commandsJson;

    public FakeServerOptions Options { get; } = options;

    public UpdateQueue Updates { get; } = new();

    public CallLog Log { get; } = new();

    public FaultPlan Faults { get; } = new();

    public ChaosPlan Chaos { get; } = new(options.Time);

    public SendRateLimiter RateLimiter { get; } = new(options.MaxSendsPerSecond, options.MaxSendsPerChatPerSecond, options.Time);

    /// <summary>setMyCommands as sent, for getMyCommands.</summary>
    public string? CommandsJson
    {
        get => Volatile.Read(ref _commandsJson);
        set => Volatile.Write(ref _commandsJson, value);
    }

    public DateTimeOffset Now => Options.Time.GetUtcNow();

    public long UnixNow => Options.Time.GetUtcNow().ToUnixTimeSeconds();

    /// <summary>One sequence for the whole server, shared by citizens' messages and the bot's.</summary>
    public long NextMessageId() => Interlocked.Increment(ref _lastMessageId);
}
