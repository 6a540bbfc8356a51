using OneStop.Bot.Storage;

namespace OneStop.Bot.Tests.Safekeeping;

/// <summary>Writes fail as on a full disk while <see cref="Failing"/> is set.</summary>
internal sealed class SwitchedWriteFault : IWriteFault
{
    private volatile bool _failing;
    private int _refused;

    public bool Failing
    {
        get => _failing;
        set => _failing = value;
    }

    public int Refused => Volatile.Read(ref _refused);

    public Exception? Next(string? collection)
    {
        if (!_failing)
        {
            return null;
        }

        Interlocked.Increment(ref _refused);
        return new IOException("No space left on device");
    }
}
