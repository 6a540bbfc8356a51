using OneStop.Domain.Conversation;

namespace OneStop.Bot.Conversations;

/// <summary>
/// Looks up, before the engine runs, facts about a message that the pure engine cannot (whether a survey ticket
/// was used already) and adds them to <see cref="Incoming.Context"/>. Runs inside the conversation's lock: keep it quick.
/// </summary>
internal interface IIncomingEnricher
{
    Incoming Enrich(Incoming incoming);
}
