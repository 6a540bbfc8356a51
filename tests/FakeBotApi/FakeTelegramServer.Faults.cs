namespace OneStop.FakeBotApi;

public sealed partial class FakeTelegramServer
{
    /// <summary>The next <paramref name="count"/> getUpdates answer with this error (and confirm nothing), e.g. 500, or 429 with parameters.retry_after.</summary>
    public void FailNextGetUpdates(int count, int statusCode, int? retryAfterSeconds = null) =>
        _state.Faults.AddGetUpdatesFault(Fault(statusCode, retryAfterSeconds, null), count);

    /// <summary>The next <paramref name="count"/> getUpdates lose their connection without an answer.</summary>
    public void DropNextGetUpdates(int count) =>
        _state.Faults.AddGetUpdatesFault(new ApiFault(0) { Drop = true }, count);

    /// <summary>The chat has blocked the bot: sends and edits to it get 403 "Forbidden: bot was blocked by the user".</summary>
    public void BlockChat(long chatId) => _state.Faults.SetBlocked(chatId, blocked: true);

    /// <summary>The next <paramref name="count"/> sends or edits (any chat) answer with this error, once <paramref name="after"/> more have gone through.</summary>
    public void FailNextSends(int count, int statusCode, int? retryAfterSeconds = null, string? description = null, int after = 0) =>
        _state.Faults.AddSendFault(Fault(statusCode, retryAfterSeconds, description), count, after);

    /// <summary>The next <paramref name="count"/> sends or edits to this chat answer with this error; other chats are not touched.</summary>
    public void FailNextSendsTo(long chatId, int count, int statusCode, int? retryAfterSeconds = null, string? description = null) =>
        _state.Faults.AddChatSendFault(chatId, Fault(statusCode, retryAfterSeconds, description), count);

    private static ApiFault Fault(int statusCode, int? retryAfterSeconds, string? description)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        ArgumentOutOfRangeException.ThrowIfNegative(retryAfterSeconds ?? 0);
        return new ApiFault(statusCode, retryAfterSeconds, description);
    }
}
