namespace OneStop.Domain.Content;

public enum ProcedureKind
{
    /// <summary>A national administrative procedure with its own dossier.</summary>
    Procedure,

    /// <summary>A node that sends people to the right procedure or office (the plan's item 6).</summary>
    Routing,
}
