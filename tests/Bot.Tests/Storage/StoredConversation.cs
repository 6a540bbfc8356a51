using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OneStop.Bot.Conversations;
using OneStop.Bot.Storage;
using OneStop.Bot.Tests.Support;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Tests.Storage;

/// <summary>
/// The conversation service over a real LiteDB file, without a channel: what Telegram's poller does with a
/// batch (handle, commit), reopened as often as a test likes to play a restart.
/// </summary>
internal sealed class StoredConversation : IDisposable
{
    public StoredConversation(string path, FakeTimeProvider time, params IChatDataOwner[] owners)
    {
        Database = new BotDatabase(path);
        Store = new ConversationStore(Database, owners);
        Outbox = new OutboxStore(Database);
        Service = new ConversationService(Support.Content.Engine(), Store, [], time, NullLogger<ConversationService>.Instance, Observed.Metrics(), Observed.Names());
    }

    public BotDatabase Database { get; }

    public ConversationStore Store { get; }

    public OutboxStore Outbox { get; }

    public ConversationService Service { get; }

    public static ChatAddress Chat(int id) => new("telegram", id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>One update, as the poller would hand it over: with its channel sequence number for de-duplication.</summary>
    public IReadOnlyList<OutboxMessage> Say(ChatAddress chat, string text, long? updateId = null) =>
        Service.Handle([new InboundUpdate(updateId, Incoming.Typed(chat, text))]);

    public IReadOnlyList<OutboxMessage> Press(ChatAddress chat, string payload, long? updateId = null) =>
        Service.Handle([new InboundUpdate(updateId, Incoming.Pressed(chat, payload))]);

    public List<OutboxMessage> PendingFor(ChatAddress chat) => Outbox.Pending().Where(m => m.ChatKey == chat.Key).ToList();

    public void Dispose() => Database.Dispose();
}
