namespace OneStop.Domain.Understanding;

/// <summary>
/// One thing a message asks: its kind, the procedure it is about (named, or the one on screen), and for a
/// topic or a specific question, which one (a topic id of topics.yaml, an answer id of a procedure file).
/// </summary>
public sealed record Request(RequestKind Kind, string? ProcedureId = null, string? Detail = null)
{
    /// <summary>The corpus label: "fee:khai-tu", "day", "topic:can-cuoc".</summary>
    public string Label => RequestLabels.Format(this);

    public override string ToString() => Label;
}
