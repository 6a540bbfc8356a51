using OneStop.Domain.Content;
using OneStop.Domain.Understanding;

namespace OneStop.Domain.Conversation;

/// <summary>
/// A capability that plugs into the conversation (the dossier checklist, reminders, the survey, notices)
/// without the engine knowing its details. A feature owns steps of the main machine (global words such as
/// "menu" and "quay lại" still work in them), button payloads starting with <see cref="PayloadPrefix"/> and ':',
/// and the slash commands it declares in <see cref="Commands"/>. One that adds to procedure cards is also an
/// <see cref="ICardAddition"/>.
/// </summary>
public interface IConversationFeature
{
    /// <summary>Steps of the main machine this feature owns; it enters them with <see cref="ConversationMachine.GoTo"/>.</summary>
    IReadOnlyList<string> Steps { get; }

    /// <summary>Payload prefix of this feature's buttons, e.g. "ck" for "ck:ket-hon:yes". Short: Telegram allows 64 bytes.</summary>
    string PayloadPrefix { get; }

    /// <summary>Slash commands this feature answers (<see cref="OnCommand"/>); channels list them in their command menus.</summary>
    IReadOnlyList<SlashCommand> Commands => [];

    /// <summary>One of <see cref="Commands"/>, routed here by the engine; <paramref name="text"/> is the whole message ("/kiemtra kết hôn").</summary>
    void OnCommand(ConversationTurn turn, SlashCommand command, string text) =>
        throw new NotSupportedException($"{GetType().Name} declares {command?.Name} but does not answer it.");

    /// <summary>Message keys this feature says; the validator requires each of them.</summary>
    IEnumerable<string> MessageKeys { get; }

    /// <summary>A press of one of this feature's buttons. A client can forge payloads: refuse what does not parse.</summary>
    bool TryPress(ConversationTurn turn, string payload);

    /// <summary>
    /// Typed text, offered before the procedure matcher: answers to this feature's questions while in its steps,
    /// a deep link ("/start …"), or questions it recognises anywhere. False lets the engine go on.
    /// </summary>
    bool TryText(ConversationTurn turn, string text, IReadOnlyList<string> words);

    /// <summary>Shows one of this feature's steps again (after "quay lại" or an older button led there).</summary>
    Reply Render(ConversationTurn turn, string step);

    /// <summary>
    /// Answers a request read from free text that this feature owns (a day, a reminder, notices), as the message's
    /// main request. False lets the engine answer it.
    /// </summary>
    bool TryAnswer(ConversationTurn turn, Request request) => false;

    /// <summary>A short line answering a request that came second in a message ("… và thứ 7 có làm không"), or null.</summary>
    string? AnswerLine(ConversationTurn turn, Request request) => null;
}
