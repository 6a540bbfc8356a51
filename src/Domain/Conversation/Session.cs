namespace OneStop.Domain.Conversation;

/// <summary>
/// Where one conversation stands. Stored between messages (so a chat continues after a restart) and
/// deleted after the retention period or on /xoadulieu. It holds no name, phone number or message text.
/// </summary>
public sealed class Session
{
    /// <summary>The chat key (<see cref="ChatAddress.Key"/>).</summary>
    public string Id { get; set; } = "";

    /// <summary>The step the Stateless machine is in; empty for a conversation that has not started.</summary>
    public string State { get; set; } = "";

    public string? ProcedureId { get; set; }

    public string? Aspect { get; set; }

    /// <summary>Where "quay lại" goes: previous locations, most recent last.</summary>
    public List<string> Trail { get; set; } = [];

    /// <summary>What a feature needs to remember between messages (a checklist's position, a survey's answers), by key.</summary>
    public Dictionary<string, string> Data { get; set; } = new(StringComparer.Ordinal);

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>Set when the citizen deleted their data: the session must not be saved again.</summary>
    public bool Deleted { get; set; }

    public bool IsNew => State.Length == 0;
}
