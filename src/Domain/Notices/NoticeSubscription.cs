using OneStop.Domain.Conversation;

namespace OneStop.Domain.Notices;

/// <summary>
/// The citizen's subscription as the conversation remembers it, in <see cref="Session.Data"/>. The edge keeps the
/// subscriber list that broadcasts read; this mirror lets the pure engine answer "am I subscribed?" without I/O.
/// It changes only together with the effect that changes the list (or, on a 403, with the edge's own write).
/// </summary>
public static class NoticeSubscription
{
    /// <summary>Present while subscribed: the chosen area, or <see cref="NoArea"/>.</summary>
    public const string OnKey = "notices.on";

    /// <summary>Procedures opened since subscribing, comma-separated (ids are a-z, 0-9 and '-').</summary>
    public const string AskedKey = "notices.asked";

    private const string NoArea = "*";

    // Six procedures today; the cap only guards the session against a content file with hundreds.
    private const int MaxAsked = 20;

    public static bool IsOn(Session session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Data.ContainsKey(OnKey);
    }

    /// <summary>The area chosen, or null for none (or not subscribed).</summary>
    public static string? Area(Session session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Data.TryGetValue(OnKey, out var area) && area != NoArea ? area : null;
    }

    public static void Set(Session session, string? area)
    {
        ArgumentNullException.ThrowIfNull(session);
        session.Data[OnKey] = string.IsNullOrEmpty(area) ? NoArea : area;
    }

    public static void Clear(Session session)
    {
        ArgumentNullException.ThrowIfNull(session);
        session.Data.Remove(OnKey);
        session.Data.Remove(AskedKey);
    }

    public static IReadOnlyList<string> Asked(Session session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Data.TryGetValue(AskedKey, out var list) && list.Length > 0 ? list.Split(',') : [];
    }

    /// <summary>Remembers a procedure; false when it was already known (or the list is full), so no effect is needed.</summary>
    public static bool AddAsked(Session session, string procedureId)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentException.ThrowIfNullOrEmpty(procedureId);
        var asked = Asked(session);
        if (asked.Contains(procedureId, StringComparer.Ordinal) || asked.Count >= MaxAsked)
        {
            return false;
        }

        session.Data[AskedKey] = string.Join(',', asked.Append(procedureId));
        return true;
    }
}
