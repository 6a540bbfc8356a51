using System.Security.Cryptography;
using System.Text;

namespace OneStop.Bot.Zalo;

/// <summary>
/// X-ZEvent-Signature: "mac=" + lowercase hex SHA-256 of (app id + raw body + the body's timestamp + OA secret key),
/// plain SHA-256, not HMAC (zalo-java-sdk MacUtils, chatwoot's zalo_events_job). Checked in constant time over the
/// raw bytes, as they came.
/// </summary>
internal static class ZaloSignature
{
    public const string Header = "X-ZEvent-Signature";

    public static string Compute(string firstTerm, ReadOnlySpan<byte> rawBody, string timestamp, string oaSecretKey)
    {
        var head = Encoding.UTF8.GetBytes(firstTerm);
        var tail = Encoding.UTF8.GetBytes(timestamp + oaSecretKey);
        var all = new byte[head.Length + rawBody.Length + tail.Length];
        head.CopyTo(all, 0);
        rawBody.CopyTo(all.AsSpan(head.Length));
        tail.CopyTo(all, head.Length + rawBody.Length);
        return "mac=" + Convert.ToHexStringLower(SHA256.HashData(all));
    }

    public static bool Matches(string? header, string firstTerm, ReadOnlySpan<byte> rawBody, string timestamp, string oaSecretKey)
    {
        if (string.IsNullOrEmpty(header))
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Compute(firstTerm, rawBody, timestamp, oaSecretKey));
        var given = Encoding.ASCII.GetBytes(header.Trim());
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
