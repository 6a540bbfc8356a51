namespace OneStop.Bot.Storage;

/// <summary>Something that holds writes of the open transaction until it ends.</summary>
internal interface ITransactionParticipant
{
    void Committed();

    void RolledBack();
}

/// <summary>
/// Which thread has the transaction open (LiteDB ties a transaction to its thread), and who must hear how it ended.
/// Only <see cref="BotDatabase.InTransaction"/> opens and closes it, one transaction at a time.
/// </summary>
internal sealed class TransactionJournal
{
    private readonly List<ITransactionParticipant> _participants = [];
    private readonly List<Action> _afterCommit = [];
    private readonly List<Action> _afterRollback = [];
    private int _thread;

    public bool IsOpenOnThisThread => Volatile.Read(ref _thread) == Environment.CurrentManagedThreadId;

    public void Open() => Volatile.Write(ref _thread, Environment.CurrentManagedThreadId);

    public void Enlist(ITransactionParticipant participant)
    {
        if (!_participants.Contains(participant))
        {
            _participants.Add(participant);
        }
    }

    /// <summary>Work to run once the open transaction has committed (handing its messages to the dispatcher); dropped on rollback.</summary>
    public void AfterCommit(Action action) => _afterCommit.Add(action);

    /// <summary>Work to run if the open transaction rolls back (forgetting what a cache learnt from it).</summary>
    public void AfterRollback(Action action) => _afterRollback.Add(action);

    /// <summary>Closes the transaction and returns what must run now that it ended, for the caller to run outside its lock.</summary>
    public IReadOnlyList<Action> Close(bool committed)
    {
        Volatile.Write(ref _thread, 0);
        foreach (var participant in _participants)
        {
            if (committed)
            {
                participant.Committed();
            }
            else
            {
                participant.RolledBack();
            }
        }

        _participants.Clear();
        var then = (committed ? _afterCommit : _afterRollback).ToList();
        _afterCommit.Clear();
        _afterRollback.Clear();
        return then;
    }
}
