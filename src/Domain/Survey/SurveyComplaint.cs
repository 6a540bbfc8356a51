using OneStop.Domain.Conversation;

namespace OneStop.Domain.Survey;

/// <summary>
/// A "Không hài lòng" or a comment, for the staff group at once. <see cref="Text"/> holds the procedure, the date,
/// the answers and the comment, and nothing that identifies the citizen.
/// </summary>
public sealed record SurveyComplaint(string Reference, string Text) : ConversationEffect;
