namespace OneStop.Domain.Conversation;

/// <summary>A feature that has state machines of its own to show in the README (the dossier checklists, for example).</summary>
public interface IDescribedFeature
{
    /// <summary>Title and Mermaid text of each diagram, generated from the machines themselves.</summary>
    IEnumerable<(string Title, string Mermaid)> Diagrams();
}
