namespace OneStop.FakeBotApi;

/// <summary>Random faults (<see cref="FaultMix"/>) and flood storms, drawn per call, with counts of what was injected.</summary>
internal sealed class ChaosPlan(TimeProvider time)
{
    private static readonly ApiFault Drop = new(0) { Drop = true };

    private readonly Lock _gate = new();
    private FaultMix? _mix;
    private Random _random = new(0);
    private DateTimeOffset _stormUntil = DateTimeOffset.MinValue;
    private int _floods;
    private int _errors;
    private int _drops;
    private int _lost;
    private int _slow;

    public InjectedFaults Counts
    {
        get
        {
            lock (_gate)
            {
                return new InjectedFaults(_floods, _errors, _drops, _lost, _slow);
            }
        }
    }

    public void Set(FaultMix? mix)
    {
        if (mix is not null)
        {
            var shares = new[] { mix.ServerErrors, mix.DroppedConnections, mix.LostAnswers, mix.SlowAnswers };
            if (shares.Any(s => s is < 0 or > 1) || shares.Sum() > 1)
            {
                throw new ArgumentOutOfRangeException(nameof(mix), "Each share lies between 0 and 1, and together they are at most 1.");
            }
        }

        lock (_gate)
        {
            _mix = mix;
            _random = new Random(mix?.Seed ?? 0);
        }
    }

    public void StartStorm(TimeSpan length)
    {
        lock (_gate)
        {
            _stormUntil = time.GetUtcNow() + length;
        }
    }

    /// <summary>What a send meets: nothing (null), an error or a dropped connection (Fault), or a lost answer or a delay.</summary>
    public SendChaos? ForSend()
    {
        lock (_gate)
        {
            var left = _stormUntil - time.GetUtcNow();
            if (left > TimeSpan.Zero)
            {
                _floods++;
                // Telegram's flood control names the wait; in a storm it is as long as the storm.
                return new SendChaos(new ApiFault(429, (int)Math.Ceiling(left.TotalSeconds)), LoseAnswer: false, Delay: TimeSpan.Zero);
            }

            if (_mix is not { } mix)
            {
                return null;
            }

            var draw = _random.NextDouble();
            if ((draw -= mix.ServerErrors) < 0)
            {
                _errors++;
                return new SendChaos(ServerError(), LoseAnswer: false, Delay: TimeSpan.Zero);
            }

            if ((draw -= mix.DroppedConnections) < 0)
            {
                _drops++;
                return new SendChaos(Drop, LoseAnswer: false, Delay: TimeSpan.Zero);
            }

            if ((draw -= mix.LostAnswers) < 0)
            {
                _lost++;
                return new SendChaos(null, LoseAnswer: true, Delay: TimeSpan.Zero);
            }

            if ((draw -= mix.SlowAnswers) < 0)
            {
                _slow++;
                return new SendChaos(null, LoseAnswer: false, Delay: mix.SlowBy);
            }

            return null;
        }
    }

    /// <summary>A server error or a dropped connection for getUpdates, or null.</summary>
    public ApiFault? ForPoll()
    {
        lock (_gate)
        {
            if (_mix is not { } mix)
            {
                return null;
            }

            var draw = _random.NextDouble();
            if ((draw -= mix.ServerErrors) < 0)
            {
                _errors++;
                return ServerError();
            }

            if ((draw -= mix.DroppedConnections) < 0)
            {
                _drops++;
                return Drop;
            }

            return null;
        }
    }

    private ApiFault ServerError() => _random.Next(2) == 0 ? new ApiFault(500, null, "Internal Server Error") : new ApiFault(502, null, "Bad Gateway");
}

/// <summary>A send's fate: an error or drop before it is handled, a lost answer after, or a delay.</summary>
internal sealed record SendChaos(ApiFault? Fault, bool LoseAnswer, TimeSpan Delay);
