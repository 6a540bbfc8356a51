using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using OneStop.Bot.Conversations;
using OneStop.Bot.Storage;
using OneStop.Domain.Conversation;
using OneStop.Bot.Observability;

namespace OneStop.Bot.Zalo;

/// <summary>
/// Turns a stored Zalo event into our own <see cref="InboundUpdate"/>, keyed by the event's key. Every event gets one,
/// so it is marked handled: what the bot does not answer (receipts, its own echoes, unknown events) is
/// <see cref="InboundUpdate.Silent"/>. A query button's tap arrives as text carrying our payload after
/// <see cref="ZaloRenderer.PayloadMark"/>; a number typed for one of a screen's numbered lines presses it.
/// </summary>
internal sealed class ZaloEventMapper(ZaloMenus menus, ZaloHandover handover, ChatPseudonym names, ILogger<ZaloEventMapper> log)
{
    private static readonly Dictionary<string, string> Unreadable = new(StringComparer.Ordinal)
    {
        ["user_send_image"] = "photo",
        ["user_send_gif"] = "animation",
        ["user_send_sticker"] = "sticker",
        ["user_send_file"] = "document",
        ["user_send_audio"] = "voice",
        ["user_send_video"] = "video",
        ["user_send_link"] = "link",
        ["user_send_location"] = "location",
        ["user_send_business_card"] = "contact",
    };

    public InboundUpdate Map(InboundEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        using var json = JsonDocument.Parse(stored.Raw);
        var root = json.RootElement;
        var name = ZaloEventHead.Text(root, "event_name") ?? "";
        var user = ZaloEventHead.UserOf(root);
        if (user is null)
        {
            log.LogWarning("Zalo event {Event} ({Key}) names no user; ignoring it", name, stored.Id);
            return Ignore(stored, new ChatAddress(ZaloChat.Channel, "unknown"));
        }

        var chat = ZaloChat.Address(user);
        var text = root.TryGetProperty("message", out var message) ? ZaloEventHead.Text(message, "text") : null;
        var at = ReadTime(root);
        switch (name)
        {
            case "user_send_text":
                return FromText(stored, chat, text ?? "", at);
            case "follow":
                return Keyed(stored, Incoming.Typed(chat, "/start"), user);
            case "unfollow":
                return Keyed(stored, new Incoming(chat, IncomingKind.Blocked), user);
            case var kind when Unreadable.TryGetValue(kind, out var what):
                // A caption or a link's text is read like typed text; without one, the polite line about what we cannot read.
                return string.IsNullOrWhiteSpace(text) || kind is "user_send_location" or "user_send_business_card"
                    ? Keyed(stored, new Incoming(chat, IncomingKind.Unreadable, what), user)
                    : FromText(stored, chat, text, at);
            case "user_received_message" or "user_seen_message" or "user_submit_info":
                return Ignore(stored, chat);
            case var echo when echo.StartsWith("oa_send_", StringComparison.Ordinal):
                if (root.TryGetProperty("sender", out var sender) && ZaloEventHead.Text(sender, "admin_id") is { Length: > 0 } admin)
                {
                    handover.OfficialAnswered(user, admin, text, at);
                }

                return Ignore(stored, chat);
            default:
                log.LogWarning("Unknown Zalo event {Event} ({Key}); ignoring it", name, stored.Id);
                return Ignore(stored, chat);
        }
    }

    private InboundUpdate FromText(InboundEvent stored, ChatAddress chat, string text, DateTime at)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith(ZaloRenderer.PayloadMark, StringComparison.Ordinal) && trimmed.Length > ZaloRenderer.PayloadMark.Length)
        {
            return Keyed(stored, Incoming.Pressed(chat, trimmed[ZaloRenderer.PayloadMark.Length..]), chat.Id);
        }

        if (int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && menus.Find(chat.Id, number) is { } payload)
        {
            return Keyed(stored, Incoming.Pressed(chat, payload), chat.Id);
        }

        var update = Keyed(stored, Incoming.Typed(chat, text), chat.Id);
        if (!trimmed.StartsWith('/') && handover.IsQuiet(chat.Id, at))
        {
            // An official is answering in the OA console: the question is theirs; commands still work.
            log.LogInformation("{Chat} is being answered by an official; the bot stays quiet", names.Of(chat.Key));
            return update with { Silent = true };
        }

        return update;
    }

    private static InboundUpdate Keyed(InboundEvent stored, Incoming incoming, string user) =>
        new(null, incoming)
        {
            EventKey = stored.Id,
            From = new SenderId(ZaloChat.Channel, user),
            Text = incoming.Kind == IncomingKind.Text ? incoming.Text : null,
        };

    private static InboundUpdate Ignore(InboundEvent stored, ChatAddress chat) =>
        new(null, new Incoming(chat, IncomingKind.Unreadable, "ignored")) { EventKey = stored.Id, Silent = true };

    private static DateTime ReadTime(JsonElement root) =>
        long.TryParse(ZaloEventHead.Text(root, "timestamp"), NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime
            : DateTime.MinValue;
}
