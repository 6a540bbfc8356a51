using OneStop.Domain.Conversation;

namespace OneStop.Bot.Conversations;

/// <summary>
/// Every slash command the bot answers, as declared by the engine, the features and the staff tools. A channel with a
/// menu (Telegram's SetMyCommands) shows <see cref="ForCitizens"/>; Zalo has no menu API here, so for it this is only
/// the table.
/// </summary>
internal sealed class CommandMenu(IReadOnlyList<SlashCommand> commands)
{
    public IReadOnlyList<SlashCommand> All => commands;

    /// <summary>The citizens' menu, in the places the declarations give (commands with no place stay out of it).</summary>
    public IReadOnlyList<SlashCommand> ForCitizens =>
        commands.Where(c => c.Audience == CommandAudience.Citizens && c.MenuPlace is not null).OrderBy(c => c.MenuPlace).ToList();
}
