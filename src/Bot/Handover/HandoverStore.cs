using System.Collections.Concurrent;
using LiteDB;
using OneStop.Bot.Storage;

namespace OneStop.Bot.Handover;

/// <summary>
/// The "handover" collection, and in memory which chat has which question open: the enricher asks on every
/// message, and a read of the file costs about 100 µs. The map is set when a turn asks (before its batch commits,
/// so a second message of the same batch already sees the question) and cleared on close and on deletion.
/// </summary>
internal sealed class HandoverStore : IChatDataOwner
{
    public const string CollectionName = "handover";

    private readonly BotDatabase _db;
    private readonly ConcurrentDictionary<string, string> _openByChat = new(StringComparer.Ordinal);

    public HandoverStore(BotDatabase db)
    {
        _db = db ?? throw new ArgumentNullException(nameof(db));
        Collection(db).EnsureIndex(q => q.ChatKey);
        foreach (var question in Collection(db).FindAll().Where(q => q.IsOpen))
        {
            _openByChat[question.ChatKey] = question.Id;
        }
    }

    public BotDatabase Database => _db;

    /// <summary>Questions open now (a gauge of the metrics).</summary>
    public int OpenCount => _openByChat.Count;

    public static ILiteCollection<StoredQuestion> Collection(BotDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.GetCollection<StoredQuestion>(CollectionName);
    }

    public string? OpenCodeOf(string chatKey) => _openByChat.TryGetValue(chatKey, out var code) ? code : null;

    public void NoteOpen(string chatKey, string code) => _openByChat[chatKey] = code;

    public void NoteClosed(string chatKey, string code) => _openByChat.TryRemove(new KeyValuePair<string, string>(chatKey, code));

    public StoredQuestion? Find(string code) => Collection(_db).FindById(code);

    /// <summary>The question one of whose staff-group messages this is. Questions are few (a commune's, for the retention period): a scan is enough.</summary>
    public StoredQuestion? FindByGroupMessage(string messageKey) =>
        Collection(_db).FindAll().FirstOrDefault(q => q.GroupMessages.Contains(messageKey, StringComparer.Ordinal));

    public IReadOnlyList<StoredQuestion> Open() => Collection(_db).FindAll().Where(q => q.IsOpen).OrderBy(q => q.AskedUtc).ToList();

    public IReadOnlyList<StoredQuestion> OfChat(string chatKey) => Collection(_db).Find(q => q.ChatKey == chatKey).ToList();

    /// <summary>Records a staff-group message of a question once the channel accepted it (see <see cref="HandoverReceipt"/>).</summary>
    public void AddGroupMessage(string code, string messageKey) => _db.InTransaction(() =>
    {
        if (Collection(_db).FindById(code) is { } question && !question.GroupMessages.Contains(messageKey, StringComparer.Ordinal))
        {
            question.GroupMessages.Add(messageKey);
            Collection(_db).Update(question);
        }
    });

    /// <summary>Deletes questions closed before <paramref name="closedBeforeUtc"/>: the retention period after closing is over.</summary>
    public int Purge(DateTime closedBeforeUtc)
    {
        var old = Collection(_db).FindAll().Where(q => q.ClosedUtc < closedBeforeUtc).Select(q => q.Id).ToList();
        if (old.Count == 0)
        {
            return 0;
        }

        _db.InTransaction(() =>
        {
            foreach (var id in old)
            {
                Collection(_db).Delete(id);
            }
        });
        return old.Count;
    }

    void IChatDataOwner.DeleteChat(BotDatabase db, string chatKey)
    {
        Collection(db).DeleteMany(q => q.ChatKey == chatKey);
        _openByChat.TryRemove(chatKey, out _);
    }
}
