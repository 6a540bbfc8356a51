using OneStop.Domain.Content;

namespace OneStop.Domain.Conversation;

/// <summary>
/// Optional for an <see cref="IConversationFeature"/> that adds to a procedure card: a button under it (the dossier
/// check, a reminder), a closing line (a check's progress, the next same-day day), an opening line (a worked-out fee).
/// </summary>
public interface ICardAddition
{
    /// <summary>Buttons this feature adds under a procedure card.</summary>
    IEnumerable<ReplyButton> CardButtons(Procedure procedure) => [];

    /// <summary>A line this feature adds at the end of a procedure card (null for none).</summary>
    string? CardFooter(ConversationTurn turn, Procedure procedure) => null;

    /// <summary>
    /// A line this feature puts first on a procedure card, under its title: a direct answer to what the message
    /// asked that the card's parts only give as a rule (null for none).
    /// </summary>
    string? CardLead(ConversationTurn turn, Procedure procedure) => null;
}
