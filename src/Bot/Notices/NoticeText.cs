using OneStop.Domain.Conversation;
using OneStop.Domain.Notices;

namespace OneStop.Bot.Notices;

/// <summary>
/// A notice as citizens get it: the Trung tâm's header, the official's text, how to stop, and a stop button.
/// Also the room left for the official's text within Telegram's limits (4096 characters, 1024 for a photo caption).
/// </summary>
internal sealed class NoticeText(ConversationEngine engine)
{
    private const int TextLimit = 4096;
    private const int CaptionLimit = 1024;

    public Reply For(string text)
    {
        var render = engine.Renderer;
        return new Reply(
            $"{render.Say("notice.header")}\n\n{text.Trim()}\n\n{render.Say("notice.footer")}",
            [[new ReplyButton(render.Say("button.notices-off"), NoticePress.Unsubscribe)]]);
    }

    /// <summary>Characters the official may write: a notice must arrive as one message.</summary>
    public int MaxLength(bool withPhoto) => (withPhoto ? CaptionLimit : TextLimit) - For("").Text.Length;
}
