namespace OneStop.Domain.Conversation;

/// <summary>
/// A slash command and how a channel's command menu shows it. Features declare theirs; the engine routes each to the
/// feature that declared it, and the channels build their menus from the same declarations, so the two cannot drift.
/// </summary>
/// <param name="Name">With the slash, e.g. "/kiemtra"; matched without case, and without a "@bot" suffix.</param>
/// <param name="Description">What the menu says, in the citizen's words.</param>
/// <param name="MenuPlace">Where the menu lists it (smaller first); null keeps it out of the menu (an alias, a rarely used command).</param>
/// <param name="Audience">Who the menu is for.</param>
public sealed record SlashCommand(string Name, string Description, int? MenuPlace, CommandAudience Audience = CommandAudience.Citizens);
