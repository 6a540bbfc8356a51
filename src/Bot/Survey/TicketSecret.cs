using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using OneStop.Bot.Storage;
using OneStop.Domain.Survey;

namespace OneStop.Bot.Survey;

/// <summary>
/// The key that signs survey tickets: Survey__TicketSecret from the environment, or else 32 random bytes made once
/// and kept in the database file ("survey_settings"), so tickets printed before a restart still open after it.
/// Anyone who can read the database file or the environment can make tickets.
/// </summary>
internal sealed class TicketSecret(BotDatabase db, IOptions<SurveyOptions> options)
{
    public const string SettingsCollection = "survey_settings";
    private const string SecretId = "ticket-secret";

    private readonly Lazy<byte[]> _key = new(() => Resolve(db, options.Value));

    public ReadOnlySpan<byte> Key => _key.Value;

    private static byte[] Resolve(BotDatabase db, SurveyOptions options)
    {
        if (!string.IsNullOrEmpty(options.TicketSecret))
        {
            var configured = Encoding.UTF8.GetBytes(options.TicketSecret);
            return configured.Length >= TicketSeal.MinimumKeyBytes
                ? configured
                : throw new InvalidOperationException($"Survey__TicketSecret must have at least {TicketSeal.MinimumKeyBytes} characters; use a long random string.");
        }

        var settings = db.Database.GetCollection<StoredSetting>(SettingsCollection);
        if (settings.FindById(SecretId) is { } stored)
        {
            return Convert.FromBase64String(stored.Value);
        }

        var fresh = RandomNumberGenerator.GetBytes(32);
        settings.Insert(new StoredSetting { Id = SecretId, Value = Convert.ToBase64String(fresh) });
        return fresh;
    }
}
