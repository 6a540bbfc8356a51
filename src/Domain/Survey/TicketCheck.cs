namespace OneStop.Domain.Survey;

/// <summary>What the edge found out about a deep-link ticket before the conversation sees it.</summary>
public enum TicketCheck
{
    /// <summary>Nobody looked: no edge filled the context (the ticket cannot be trusted).</summary>
    Unchecked,

    /// <summary>The seal does not open with our secret: made up, altered or from another installation.</summary>
    Forged,

    /// <summary>Genuine, and already used once.</summary>
    Used,

    /// <summary>Genuine and not used yet (it may still be out of date).</summary>
    Fresh,
}
