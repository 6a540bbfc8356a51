using System.Collections.Frozen;

namespace OneStop.FakeBotApi;

/// <summary>Method names in Telegram's spelling; the Bot API matches them case-insensitively.</summary>
internal static class ApiMethods
{
    public const string GetUpdates = "getUpdates";
    public const string GetMe = "getMe";
    public const string SendMessage = "sendMessage";
    public const string SendPhoto = "sendPhoto";
    public const string SendDocument = "sendDocument";
    public const string EditMessageText = "editMessageText";
    public const string EditMessageCaption = "editMessageCaption";
    public const string EditMessageReplyMarkup = "editMessageReplyMarkup";
    public const string AnswerCallbackQuery = "answerCallbackQuery";
    public const string SetWebhook = "setWebhook";
    public const string DeleteWebhook = "deleteWebhook";
    public const string GetWebhookInfo = "getWebhookInfo";
    public const string SetMyCommands = "setMyCommands";
    public const string GetMyCommands = "getMyCommands";

    private static readonly FrozenDictionary<string, string> Canonical = new[]
    {
        GetUpdates, GetMe, SendMessage, SendPhoto, SendDocument, EditMessageText, EditMessageCaption,
        EditMessageReplyMarkup, AnswerCallbackQuery, SetWebhook, DeleteWebhook, GetWebhookInfo,
        SetMyCommands, GetMyCommands, "deleteMyCommands", "sendChatAction", "deleteMessage", "logOut", "close",
    }.ToFrozenDictionary(name => name, StringComparer.OrdinalIgnoreCase);

    public static string Normalize(string method) => Canonical.TryGetValue(method, out var name) ? name : method;

    /// <summary>Methods that produce a message: faults, blocking and the rate limit apply to them.</summary>
    public static bool ProducesMessage(string method) => method is SendMessage or SendPhoto or SendDocument
        or EditMessageText or EditMessageCaption or EditMessageReplyMarkup;

    public static bool IsEdit(string method) => method is EditMessageText or EditMessageCaption or EditMessageReplyMarkup;
}
