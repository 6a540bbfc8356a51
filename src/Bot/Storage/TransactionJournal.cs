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

    public void Close(bool committed)
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
    }
}
