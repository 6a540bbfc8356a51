namespace OneStop.Domain.Text;

/// <summary>What a known phrase names: a procedure, an out-of-scope topic, or the aspect a question is about.</summary>
public readonly record struct IntentTarget(IntentKind Kind, string Id);
