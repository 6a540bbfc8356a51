using OneStop.Domain.Conversation;

namespace OneStop.Domain.Survey;

/// <summary>Store (or update) the answers of a survey so far; sent after every tap, so nothing is lost if the citizen leaves.</summary>
public sealed record SurveyAnswered(SurveyResponse Response) : ConversationEffect;
