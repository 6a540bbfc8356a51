using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using OneStop.Bot.Telegram;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Zalo;

/// <summary>
/// Renders a reply within Zalo's limits: text split past 2,000 characters; at most 5 buttons; a screen with more
/// choices shows the first as buttons and the rest as numbered lines the citizen may type. A query button sends its
/// payload back as the citizen's text, after <see cref="PayloadMark"/> so it cannot be taken for typed words.
/// </summary>
internal sealed class ZaloRenderer(IOptions<ZaloOptions> options)
{
    public const string PayloadMark = "#";

    public ZaloScreen Render(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var settings = options.Value;
        var all = reply.AllButtons.ToList();
        var shown = all.Take(settings.MaxButtons).Select(b => Button(b, settings.MaxButtonTitle)).ToList();
        var rest = all.Skip(settings.MaxButtons).ToList();
        var text = new StringBuilder(reply.Text.Length == 0 ? "…" : reply.Text);
        var numbered = new List<string>();
        var first = settings.MaxButtons + 1;
        foreach (var (button, index) in rest.Select((b, i) => (b, i)))
        {
            var number = (first + index).ToString(CultureInfo.InvariantCulture);
            text.Append(index == 0 ? "\n\nHoặc gõ số để chọn:\n" : "\n").Append(number).Append(". ").Append(button.Label);
            if (button.Url is { } url)
            {
                text.Append(": ").Append(url);
            }

            numbered.Add(button.Url is null ? button.Payload : "");
        }

        var parts = TelegramText.Split(text.ToString(), settings.MaxTextLength);
        var messages = parts.Select((part, i) => new ZaloMessage(part, i == parts.Count - 1 ? shown : [])).ToList();
        return new ZaloScreen(messages, first, numbered);
    }

    private static ZaloButton Button(ReplyButton button, int maxTitle)
    {
        var title = button.Label.Length <= maxTitle ? button.Label : button.Label[..(maxTitle - 1)] + "…";
        return button.Url switch
        {
            { Scheme: "tel" } phone => new ZaloButton(title, "oa.open.phone", phone.OriginalString["tel:".Length..]),
            { } url => new ZaloButton(title, "oa.open.url", url.ToString()),
            null => new ZaloButton(title, "oa.query.hide", PayloadMark + button.Payload),
        };
    }
}
