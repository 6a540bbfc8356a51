using OneStop.Domain.Content;

namespace OneStop.Domain.Conversation;

/// <summary>A place in the conversation that "quay lại" can return to: a step, and for a procedure card, which one.</summary>
public readonly record struct Location(string Step, string? ProcedureId, Aspect? Aspect)
{
    public static Location Of(Session session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new(session.State, session.ProcedureId, Enum.TryParse<Aspect>(session.Aspect, out var a) ? a : null);
    }

    public static Location Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('|');
        return new Location(
            parts[0],
            parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null,
            parts.Length > 2 && Enum.TryParse<Aspect>(parts[2], out var a) ? a : null);
    }

    public void ApplyTo(Session session)
    {
        ArgumentNullException.ThrowIfNull(session);
        session.ProcedureId = ProcedureId;
        session.Aspect = Aspect?.ToString();
    }

    public override string ToString() => $"{Step}|{ProcedureId}|{Aspect}";
}
