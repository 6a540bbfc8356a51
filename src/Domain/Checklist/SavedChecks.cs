using OneStop.Domain.Content;
using OneStop.Domain.Conversation;

namespace OneStop.Domain.Checklist;

/// <summary>
/// Dossier checks kept in the session, so a citizen can leave and come back to the same question (after a restart too:
/// the session is in LiteDB, and /xoadulieu or the retention period deletes it with everything else). One entry per
/// procedure, "checklist.answers.&lt;id&gt;", holding only yes/no per question id and the counts typed; and which one is
/// under way, "checklist.procedure".
/// </summary>
public sealed class SavedChecks(ContentCatalog content)
{
    private const string ActiveKey = "checklist.procedure";
    private const string AnswersKey = "checklist.answers.";

    /// <summary>The check under way in this chat, or null (none yet, or its procedure lost its checklist).</summary>
    public DossierCheck? Active(Session session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Data.TryGetValue(ActiveKey, out var id) && content.FindProcedure(id) is { Checklist: not null } procedure
            ? Load(session, procedure)
            : null;
    }

    public static bool HasProgress(Session session, Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(procedure);
        return session.Data.ContainsKey(AnswersKey + procedure.Id);
    }

    public static DossierCheck Load(Session session, Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(procedure);
        return DossierCheck.Resume(procedure, ChecklistProgress.Parse(session.Data.GetValueOrDefault(AnswersKey + procedure.Id)));
    }

    /// <summary>Stores the check and makes it the one under way.</summary>
    public static void Save(Session session, DossierCheck check)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(check);
        var key = AnswersKey + check.Procedure.Id;
        var progress = check.Progress;
        if (progress.IsEmpty)
        {
            session.Data.Remove(key);
        }
        else
        {
            session.Data[key] = progress.ToString();
        }

        session.Data[ActiveKey] = check.Procedure.Id;
    }

    /// <summary>No check under way (the citizen is choosing one); the saved answers stay.</summary>
    public static void Leave(Session session)
    {
        ArgumentNullException.ThrowIfNull(session);
        session.Data.Remove(ActiveKey);
    }
}
