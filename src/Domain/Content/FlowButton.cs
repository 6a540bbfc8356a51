namespace OneStop.Domain.Content;

/// <summary>A menu button: its id (unique across flows.yaml) is the trigger, <see cref="To"/> the step it opens.</summary>
public sealed record FlowButton(string Id, string Label, string To, SourceRef Origin);
