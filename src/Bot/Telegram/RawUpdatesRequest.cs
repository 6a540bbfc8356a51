using System.Text.Json;
using System.Text.Json.Serialization;
using Telegram.Bot.Requests;
using Telegram.Bot.Types.Enums;

namespace OneStop.Bot.Telegram;

/// <summary>
/// getUpdates with the batch left as JSON, so that <see cref="TelegramPoller"/> reads one update at a time.
/// Telegram.Bot reads a batch whole and throws on a value it does not know yet (a new chat member status,
/// say): one such update would then fail every poll, never be confirmed, and stop the bot for everyone.
/// </summary>
internal sealed class RawUpdatesRequest() : RequestBase<JsonElement[]>("getUpdates")
{
    public int? Offset { get; init; }

    public int? Limit { get; init; }

    public int? Timeout { get; init; }

    [JsonPropertyName("allowed_updates")]
    public IEnumerable<UpdateType>? AllowedUpdates { get; init; }
}
