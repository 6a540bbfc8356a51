using OneStop.Domain.Conversation;

namespace OneStop.Domain.Survey;

/// <summary>
/// The citizen deleted their data (/xoadulieu) in the middle of a survey, while the chat could still find its
/// answers: delete them too. Once a survey has ended nothing links it to the chat, so nothing can be found.
/// </summary>
public sealed record SurveyWithdrawn(string ResponseId) : ConversationEffect;
