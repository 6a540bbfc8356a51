namespace OneStop.Domain.Understanding;

/// <summary>What a message is about: one of the bot's procedures, or a topic it does not cover.</summary>
internal readonly record struct Subject(bool IsTopic, string Id);
