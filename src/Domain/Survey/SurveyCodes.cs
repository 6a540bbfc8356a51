using System.Security.Cryptography;

namespace OneStop.Domain.Survey;

/// <summary>
/// Where a survey's response ids and short references come from: the system's random source in the bot, a seeded
/// one where a test needs the same codes every run. Given to the feature, so a turn calls no global source itself.
/// </summary>
public sealed class SurveyCodes
{
    // No 0/O or 1/I: staff read the reference aloud or type it.
    private const string ReferenceLetters = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private readonly Random? _seeded;

    /// <param name="seeded">A seeded source for tests; none means the system's cryptographic one.</param>
    public SurveyCodes(Random? seeded = null) => _seeded = seeded;

    /// <summary>An id for one citizen's answers, never shown.</summary>
    public string ResponseId() => _seeded is { } seeded
        ? seeded.GetHexString(16, lowercase: true)
        : RandomNumberGenerator.GetHexString(16, lowercase: true);

    /// <summary>Five letters a citizen can read out to staff.</summary>
    public string Reference() => _seeded is { } seeded
        ? seeded.GetString(ReferenceLetters, 5)
        : RandomNumberGenerator.GetString(ReferenceLetters, 5);
}
