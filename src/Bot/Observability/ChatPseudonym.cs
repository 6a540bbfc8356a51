using System.Security.Cryptography;
using System.Text;
using OneStop.Bot.Storage;

namespace OneStop.Bot.Observability;

/// <summary>
/// A chat as logs name it: "c-" and 8 hex characters of an HMAC of its key, with a secret made once and kept in the
/// database ("log_settings"). The same chat reads the same in every line, so an officer can follow one conversation
/// through the log; without the database file nobody can tell whose it is (a raw Telegram id can be looked up).
/// 32 bits: two chats meet on a name about once in 77,000 pairs, which a log reader can live with.
/// </summary>
internal sealed class ChatPseudonym
{
    public const string SettingsCollection = "log_settings";
    private const string SecretId = "chat-pseudonym";

    private readonly byte[] _key;

    public ChatPseudonym(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        _key = key;
    }

    /// <summary>The database's secret, made on first use.</summary>
    public static ChatPseudonym From(BotDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var settings = db.Database.GetCollection<Survey.StoredSetting>(SettingsCollection);
        if (settings.FindById(SecretId) is { } stored)
        {
            return new ChatPseudonym(Convert.FromBase64String(stored.Value));
        }

        var fresh = RandomNumberGenerator.GetBytes(32);
        settings.Insert(new Survey.StoredSetting { Id = SecretId, Value = Convert.ToBase64String(fresh) });
        return new ChatPseudonym(fresh);
    }

    /// <summary>"c-1a2b3c4d" for a chat key ("telegram:123", "zalo:…") or any other id of a person.</summary>
    public string Of(string? chatKey)
    {
        if (string.IsNullOrEmpty(chatKey))
        {
            return "c-none";
        }

        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(chatKey), hash);
        return "c-" + Convert.ToHexStringLower(hash[..4]);
    }
}
