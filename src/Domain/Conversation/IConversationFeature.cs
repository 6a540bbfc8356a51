using OneStop.Domain.Content;
using OneStop.Domain.Understanding;

namespace OneStop.Domain.Conversation;

/// <summary>
/// A capability that plugs into the conversation (the dossier checklist, reminders, the survey, notices)
/// without the engine knowing its details. A feature owns steps of the main machine (global words such as
/// "menu" and "quay lại" still work in them), button payloads starting with <see cref="PayloadPrefix"/> and ':',
/// and may add buttons and lines to a procedure card.
/// </summary>
public interface IConversationFeature
{
    /// <summary>Steps of the main machine this feature owns; it enters them with <see cref="ConversationMachine.GoTo"/>.</summary>
    IReadOnlyList<string> Steps { get; }

    /// <summary>Payload prefix of this feature's buttons, e.g. "ck" for "ck:ket-hon:yes". Short: Telegram allows 64 bytes.</summary>
    string PayloadPrefix { get; }

    /// <summary>Slash commands this feature answers; channels list them in their command menus.</summary>
    IReadOnlyList<SlashCommand> Commands => [];

    /// <summary>Message keys this feature says; the validator requires each of them.</summary>
    IEnumerable<string> MessageKeys { get; }

    /// <summary>A press of one of this feature's buttons. A client can forge payloads: refuse what does not parse.</summary>
    bool TryPress(ConversationTurn turn, string payload);

    /// <summary>
    /// Typed text, offered before the procedure matcher: answers to this feature's questions while in its steps,
    /// its slash commands, or questions it recognises anywhere. False lets the engine go on.
    /// </summary>
    bool TryText(ConversationTurn turn, string text, IReadOnlyList<string> words);

    /// <summary>Shows one of this feature's steps again (after "quay lại" or an older button led there).</summary>
    Reply Render(ConversationTurn turn, string step);

    /// <summary>Buttons this feature adds under a procedure card.</summary>
    IEnumerable<ReplyButton> CardButtons(Procedure procedure);

    /// <summary>A line this feature adds at the end of a procedure card (null for none).</summary>
    string? CardFooter(ConversationTurn turn, Procedure procedure);

    /// <summary>
    /// A line this feature puts first on a procedure card, under its title: a direct answer to what the message
    /// asked that the card's parts only give as a rule (null for none).
    /// </summary>
    string? CardLead(ConversationTurn turn, Procedure procedure) => null;

    /// <summary>
    /// Answers a request read from free text that this feature owns (a day, a reminder, notices), as the message's
    /// main request. False lets the engine answer it.
    /// </summary>
    bool TryAnswer(ConversationTurn turn, Request request) => false;

    /// <summary>A short line answering a request that came second in a message ("… và thứ 7 có làm không"), or null.</summary>
    string? AnswerLine(ConversationTurn turn, Request request) => null;
}
