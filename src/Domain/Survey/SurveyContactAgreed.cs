using OneStop.Domain.Conversation;

namespace OneStop.Domain.Survey;

/// <summary>
/// The citizen tapped "Cán bộ có thể liên hệ tôi" after the complaint <see cref="Reference"/>: only now may the
/// edge tell the staff group how to reach this chat.
/// </summary>
public sealed record SurveyContactAgreed(string Reference, string Text) : ConversationEffect;
