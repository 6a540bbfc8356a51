using OneStop.Domain.Content;

namespace OneStop.Domain.Text;

/// <summary>What a citizen's free text seems to ask, in the order it was written.</summary>
public sealed record MessageIntent(
    IReadOnlyList<string> ProcedureIds,
    IReadOnlyList<string> TopicIds,
    Aspect? Aspect,
    IReadOnlyList<string> Words)
{
    public bool IsEmpty => ProcedureIds.Count == 0 && TopicIds.Count == 0 && Aspect is null;
}
