namespace OneStop.Domain.Content;

/// <summary>How sure the reference is of a fact (reference.md's tags).</summary>
public enum Confidence
{
    /// <summary>[V] verified in an official or near-official text.</summary>
    Verified,

    /// <summary>[S] from a secondary source.</summary>
    Secondary,

    /// <summary>[M] from memory or standard knowledge of the law, not re-verified.</summary>
    Memory,

    /// <summary>[?] uncertain or conflicting.</summary>
    Uncertain,
}
