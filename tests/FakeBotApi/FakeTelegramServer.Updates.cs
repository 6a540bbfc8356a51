namespace OneStop.FakeBotApi;

public sealed partial class FakeTelegramServer
{
    /// <summary>Queues a text message from a citizen. The sender is the chat itself in a private chat, user 1001 in a group unless <paramref name="fromId"/> says otherwise.</summary>
    public long EnqueueText(long chatId, string text, string chatType = "private", long? fromId = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrEmpty(chatType);
        var from = fromId ?? TelegramObjects.UserIdOf(chatId, chatType);
        return _state.Updates.Enqueue("message", id =>
            UpdateJson.Text(id, _state.NextMessageId(), _state.UnixNow, chatId, chatType, from, text));
    }

    /// <summary>
    /// Queues a button press with callback_query id "cb-{update_id}". Without <paramref name="messageId"/> the
    /// press is on the last message the bot sent to the chat; a known message carries its text and keyboard.
    /// </summary>
    public long EnqueueCallback(long chatId, string data, long? messageId = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var pressedId = messageId ?? _state.Log.LastMessageIdTo(chatId) ?? _state.NextMessageId();
        var known = _state.Log.Find(chatId, pressedId);
        return _state.Updates.Enqueue("callback_query", id =>
            UpdateJson.Callback(id, _state.UnixNow, chatId, data, pressedId, known?.Latest, known?.Kind ?? ApiMethods.SendMessage));
    }

    /// <summary>Queues any update, e.g. """{"edited_message":{...}}"""; an "update_id" already in it is kept.</summary>
    public long EnqueueRaw(string updateJsonWithoutUpdateId)
    {
        ArgumentNullException.ThrowIfNull(updateJsonWithoutUpdateId);
        var (givenId, type) = UpdateJson.Inspect(updateJsonWithoutUpdateId);
        return givenId is { } id
            ? _state.Updates.EnqueueWithId(id, type, updateJsonWithoutUpdateId)
            : _state.Updates.Enqueue(type, newId => UpdateJson.WithId(newId, updateJsonWithoutUpdateId));
    }

    /// <summary>The citizen blocks the bot: queues my_chat_member (member → kicked), and sends to the chat now get 403.</summary>
    public long EnqueueBlocked(long chatId)
    {
        _state.Faults.SetBlocked(chatId, blocked: true);
        return _state.Updates.Enqueue("my_chat_member", id =>
            UpdateJson.MyChatMember(id, _state.UnixNow, chatId, "member", "kicked"));
    }

    /// <summary>The citizen unblocks the bot: queues my_chat_member (kicked → member), and sends succeed again.</summary>
    public long EnqueueUnblocked(long chatId)
    {
        _state.Faults.SetBlocked(chatId, blocked: false);
        return _state.Updates.Enqueue("my_chat_member", id =>
            UpdateJson.MyChatMember(id, _state.UnixNow, chatId, "kicked", "member"));
    }

    /// <summary>Makes updates from this id on pending again, as if the bot had crashed before handling what it confirmed.</summary>
    public void Redeliver(long fromUpdateId) => _state.Updates.Redeliver(fromUpdateId);

    /// <summary>The highest offset a getUpdates call confirmed (faulted calls confirm nothing).</summary>
    public long LastConfirmedOffset => _state.Updates.LastConfirmedOffset;
}
