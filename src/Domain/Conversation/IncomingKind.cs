namespace OneStop.Domain.Conversation;

public enum IncomingKind
{
    /// <summary>Typed text, commands included.</summary>
    Text,

    /// <summary>A button press; <see cref="Incoming.Text"/> holds its payload (which a client can forge).</summary>
    Button,

    /// <summary>Something the bot cannot read (sticker, photo, voice…); <see cref="Incoming.Text"/> says what.</summary>
    Unreadable,

    /// <summary>The person blocked the bot or left; nothing can be sent any more.</summary>
    Blocked,

    /// <summary>The person unblocked the bot.</summary>
    Unblocked,
}
