namespace OneStop.FakeBotApi;

/// <summary>
/// A message the bot sent or edited successfully. <see cref="Text"/> is the text, or the caption of a
/// photo or document ("" when there is none); <see cref="RawReplyMarkup"/> is the reply_markup as sent (JSON,
/// non-ASCII possibly \u-escaped) and <see cref="ReplyMarkupJson"/> the same, readable;
/// <see cref="ParseMode"/> is as sent (Telegram.Bot sends the enum name: "Html", "MarkdownV2").
/// For an edit, <see cref="MessageId"/> is the edited message.
/// </summary>
public sealed record SentMessage(
    long ChatId,
    long MessageId,
    string Method,
    string Text,
    string? RawReplyMarkup,
    string? ParseMode,
    DateTimeOffset At)
{
    /// <summary>The reply_markup with Vietnamese readable, made on each read: rewriting every message's markup cost the benchmark's server a tenth of its CPU.</summary>
    public string? ReplyMarkupJson => RawReplyMarkup is null ? null : JsonText.Readable(RawReplyMarkup);

    /// <summary>
    /// Rows of reply_markup.inline_keyboard; empty for no markup or another keyboard kind.
    /// Parsed on each read rather than stored, so it stays out of record equality and off the hot path.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<(string Text, string? CallbackData, string? Url)>> InlineButtons =>
        InlineKeyboard.Parse(RawReplyMarkup);
}
