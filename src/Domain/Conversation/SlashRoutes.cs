namespace OneStop.Domain.Conversation;

/// <summary>
/// The slash-command table: each command a feature declares (<see cref="IConversationFeature.Commands"/>) goes to
/// that feature. Made once with the engine; two features declaring one command is a bug and fails at once.
/// </summary>
internal sealed class SlashRoutes
{
    private readonly Dictionary<string, (IConversationFeature Feature, SlashCommand Command)> _routes = new(StringComparer.OrdinalIgnoreCase);

    public SlashRoutes(IEnumerable<IConversationFeature> features)
    {
        foreach (var feature in features)
        {
            foreach (var command in feature.Commands)
            {
                if (CommandWords.IsEngineCommand(command.Name) || !_routes.TryAdd(command.Name, (feature, command)))
                {
                    throw new ArgumentException($"{feature.GetType().Name} declares {command.Name}, which another feature or the engine already answers.", nameof(features));
                }
            }
        }
    }

    /// <summary>Hands a declared command to its feature; false for any other text.</summary>
    public bool TryRoute(ConversationTurn turn, string text)
    {
        if (CommandWords.SlashName(text) is not { } name || !_routes.TryGetValue(name, out var route))
        {
            return false;
        }

        route.Feature.OnCommand(turn, route.Command, text);
        return true;
    }
}
