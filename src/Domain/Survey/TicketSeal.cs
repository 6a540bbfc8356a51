using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace OneStop.Domain.Survey;

/// <summary>
/// Turns a ticket into a Telegram deep-link payload and back. The payload is "sv" and base64url of 15 bytes of
/// ticket plus 12 bytes of HMAC-SHA256 under a server secret: 38 characters, inside Telegram's 64 of
/// A-Z a-z 0-9 _ -. Without the secret nobody can make a ticket that opens, and 96 bits of MAC cannot be guessed.
/// </summary>
public static class TicketSeal
{
    public const string Prefix = "sv";
    public const int MinimumKeyBytes = 16;

    private const byte Version = 1;
    private const int BodyBytes = 15;
    private const int MacBytes = 12;
    private static readonly DateOnly Epoch = new(2024, 1, 1);

    // Keeps these MACs apart from anything else the same secret might ever sign.
    private static readonly byte[] Purpose = Encoding.ASCII.GetBytes("onestop/survey-ticket/v1");

    public static string Seal(SurveyTicket ticket, ReadOnlySpan<byte> key)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        CheckKey(key);
        if (ticket.PlanItem is < 0 or > byte.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(ticket), "The plan item must fit in a byte.");
        }

        Span<byte> bytes = stackalloc byte[BodyBytes + MacBytes];
        var body = bytes[..BodyBytes];
        body[0] = Version;
        BinaryPrimitives.WriteUInt64BigEndian(body[1..9], ticket.Id);
        body[9] = (byte)ticket.PlanItem;
        BinaryPrimitives.WriteUInt16BigEndian(body[10..12], Days(ticket.VisitDate));
        BinaryPrimitives.WriteUInt16BigEndian(body[12..14], Days(ticket.ExpiresOn));
        body[14] = ticket.SameDay ? (byte)1 : (byte)0;
        Mac(key, body).AsSpan(0, MacBytes).CopyTo(bytes[BodyBytes..]);
        return Prefix + Base64Url(bytes);
    }

    /// <summary>True and the ticket when the payload is one of ours, unaltered; false for anything else.</summary>
    public static bool TryOpen(string payload, ReadOnlySpan<byte> key, out SurveyTicket ticket)
    {
        ticket = new SurveyTicket(0, 0, Epoch, false, Epoch);
        CheckKey(key);
        if (payload is null || !payload.StartsWith(Prefix, StringComparison.Ordinal) || payload.Length != Prefix.Length + 36)
        {
            return false;
        }

        var bytes = FromBase64Url(payload[Prefix.Length..]);
        if (bytes is null || bytes.Length != BodyBytes + MacBytes)
        {
            return false;
        }

        var body = bytes.AsSpan(0, BodyBytes);
        var expected = Mac(key, body).AsSpan(0, MacBytes);
        if (!CryptographicOperations.FixedTimeEquals(expected, bytes.AsSpan(BodyBytes)) || body[0] != Version || body[14] > 1)
        {
            return false;
        }

        ticket = new SurveyTicket(
            BinaryPrimitives.ReadUInt64BigEndian(body[1..9]),
            body[9],
            Epoch.AddDays(BinaryPrimitives.ReadUInt16BigEndian(body[10..12])),
            body[14] == 1,
            Epoch.AddDays(BinaryPrimitives.ReadUInt16BigEndian(body[12..14])));
        return true;
    }

    /// <summary>Does this deep-link payload claim to be a ticket? (It may still be forged.)</summary>
    public static bool LooksLikeTicket(string payload) =>
        payload is not null && payload.StartsWith(Prefix, StringComparison.Ordinal);

    private static byte[] Mac(ReadOnlySpan<byte> key, ReadOnlySpan<byte> body)
    {
        var message = new byte[Purpose.Length + body.Length];
        Purpose.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(Purpose.Length));
        return HMACSHA256.HashData(key, message);
    }

    private static ushort Days(DateOnly date)
    {
        var days = date.DayNumber - Epoch.DayNumber;
        return days is >= 0 and <= ushort.MaxValue
            ? (ushort)days
            : throw new ArgumentOutOfRangeException(nameof(date), $"{date} is outside the dates a ticket can carry.");
    }

    private static void CheckKey(ReadOnlySpan<byte> key)
    {
        if (key.Length < MinimumKeyBytes)
        {
            throw new ArgumentException($"The ticket secret needs at least {MinimumKeyBytes} bytes.", nameof(key));
        }
    }

    private static string Base64Url(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[]? FromBase64Url(string text)
    {
        if (!text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return null;
        }

        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - (padded.Length % 4)) % 4);
        try
        {
            return Convert.FromBase64String(padded);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
