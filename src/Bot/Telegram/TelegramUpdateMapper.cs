using System.Globalization;
using OneStop.Bot.Conversations;
using OneStop.Domain.Conversation;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace OneStop.Bot.Telegram;

/// <summary>
/// Turns a Telegram update into our own <see cref="Incoming"/>, or into nothing when the bot should stay
/// silent (channel posts, group chatter, service messages). Every update kind has an answer here, including
/// kinds this library version does not know.
/// </summary>
internal sealed class TelegramUpdateMapper(string botUsername)
{
    public InboundUpdate? Map(Update update)
    {
        ArgumentNullException.ThrowIfNull(update);
        switch (update)
        {
            case { Message: { } message }:
                var typed = message.Text ?? message.Caption;
                var incoming = FromMessage(message, edited: false);
                if (incoming is null && (typed is null || message.From is null))
                {
                    return null;
                }

                // Group chatter reaches the staff desk only (a notice's text typed in the staff group), never the conversation.
                return new InboundUpdate(update.Id, incoming ?? Incoming.Typed(TelegramChat.Of(message), typed!))
                {
                    From = Sender(message.From),
                    Text = typed,
                    PhotoId = message.Photo is { Length: > 0 } sizes ? sizes[^1].FileId : null,
                    MessageId = message.Id.ToString(CultureInfo.InvariantCulture),
                    ReplyToMessageId = message.ReplyToMessage is { From.IsBot: true } replied && message.Chat.Type != ChatType.Private ? replied.Id : null,
                    ReplyToText = message.ReplyToMessage is { From.IsBot: true } repliedTo && message.Chat.Type != ChatType.Private ? repliedTo.Text ?? repliedTo.Caption : null,
                    Silent = incoming is null,
                };
            case { EditedMessage: { } edited }:
                return FromMessage(edited, edited: true) is { } changed ? new InboundUpdate(update.Id, changed) : null;
            case { CallbackQuery: { Data: { } data } query }:
                return new InboundUpdate(update.Id, Incoming.Pressed(query.Message is { } pressed ? TelegramChat.Of(pressed) : TelegramChat.Address(query.From.Id), data))
                {
                    From = Sender(query.From),
                    PressedMessageId = query.Message?.Id.ToString(CultureInfo.InvariantCulture),
                };
            case { MyChatMember: { } member }:
                return FromMembership(member) is { } membership ? new InboundUpdate(update.Id, membership) : null;
            default:
                return null;
        }
    }

    private static SenderId? Sender(User? user) =>
        user is null ? null : new SenderId(TelegramChat.Channel, user.Id.ToString(CultureInfo.InvariantCulture));

    private Incoming? FromMessage(Message message, bool edited)
    {
        var chat = TelegramChat.Of(message);
        if (message.Chat.Type != ChatType.Private)
        {
            // In groups the bot answers only commands addressed to it by name.
            return !edited && message.Text is { } command && IsAddressedCommand(command) ? Incoming.Typed(chat, command) : null;
        }

        if (edited)
        {
            return new Incoming(chat, IncomingKind.Unreadable, "edited");
        }

        if (message.Text is { } text)
        {
            return Incoming.Typed(chat, text);
        }

        // A photo of a paper with "cái này sao y được không" under it: the words are the question.
        if (message.Caption is { } caption && !string.IsNullOrWhiteSpace(caption))
        {
            return Incoming.Typed(chat, caption);
        }

        return IsServiceMessage(message) ? null : new Incoming(chat, IncomingKind.Unreadable, message.Type.ToString().ToLowerInvariant());
    }

    private static Incoming? FromMembership(ChatMemberUpdated member)
    {
        var chat = TelegramChat.Address(member.Chat.Id);
        return member.NewChatMember.Status switch
        {
            ChatMemberStatus.Kicked or ChatMemberStatus.Left => new Incoming(chat, IncomingKind.Blocked),
            ChatMemberStatus.Member when member.OldChatMember.Status is ChatMemberStatus.Kicked or ChatMemberStatus.Left
                => new Incoming(chat, IncomingKind.Unblocked),
            _ => null,
        };
    }

    private bool IsAddressedCommand(string text)
    {
        if (!text.StartsWith('/'))
        {
            return false;
        }

        var first = text.Split([' ', '\n'], 2)[0];
        var at = first.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && string.Equals(first[(at + 1)..], botUsername, StringComparison.OrdinalIgnoreCase);
    }

    // Service messages (pins, joins, auto-delete timers…) are Telegram talking, not the citizen.
    private static bool IsServiceMessage(Message message) => message.Type switch
    {
        MessageType.Sticker or MessageType.Photo or MessageType.Voice or MessageType.Video or MessageType.VideoNote
            or MessageType.Audio or MessageType.Document or MessageType.Animation or MessageType.Location
            or MessageType.Venue or MessageType.Contact or MessageType.Poll or MessageType.Dice or MessageType.Game
            or MessageType.Story or MessageType.Invoice or MessageType.PaidMedia or MessageType.Checklist
            or MessageType.Unknown => false,
        _ => true,
    };
}
