using OneStop.Domain.Conversation;

namespace OneStop.Domain.Handover;

/// <summary>
/// The "🙋 Hỏi cán bộ" button, for any part of the conversation that could not help (the fallback, anger, a topic the
/// content does not cover): its label comes from messages/handover.yaml, its payload opens the question.
/// </summary>
public static class HandoverButton
{
    public static ReplyButton Ask(StepRenderer render)
    {
        ArgumentNullException.ThrowIfNull(render);
        return new ReplyButton(render.Say("button.handover"), HandoverPayload.Ask);
    }
}
