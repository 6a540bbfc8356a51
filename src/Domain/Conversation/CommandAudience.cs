namespace OneStop.Domain.Conversation;

/// <summary>Who a slash command is for: staff tools are checked against the staff list on every use, whatever a menu shows.</summary>
public enum CommandAudience
{
    Citizens,
    Staff,
}
