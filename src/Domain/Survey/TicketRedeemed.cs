using OneStop.Domain.Conversation;

namespace OneStop.Domain.Survey;

/// <summary>Mark a ticket used: it opens one survey only.</summary>
public sealed record TicketRedeemed(SurveyTicket Ticket) : ConversationEffect;
