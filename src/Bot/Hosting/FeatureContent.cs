using Microsoft.Extensions.Configuration;
using OneStop.Bot.Content;
using OneStop.Bot.Storage;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Hosting;

/// <summary>
/// The content of conversation-flows/ with the features that run on it and the conversation's options, read and
/// checked in one place for the host and for `validate`, `diagram`, `understand` and `report`: each sees exactly
/// what the bot will run, with the same settings.
/// </summary>
internal sealed record FeatureContent(ContentCatalog Content, ConversationOptions Options, IReadOnlyList<IConversationFeature> Features)
{
    /// <summary>Where the content is, from Content:Path (or the folder found beside the program).</summary>
    public static string Directory(IConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return ContentDirectory.Resolve(config[$"{ContentOptions.Section}:Path"]);
    }

    /// <summary>The conversation's options, from configuration, in the commune's zone.</summary>
    public static ConversationOptions OptionsFrom(IConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var storage = config.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        return new ConversationOptions(storage.RetentionDays, CommuneZone.Zone);
    }

    /// <summary>Reads and checks everything; the problems, file:line first, when it cannot.</summary>
    public static (FeatureContent? Loaded, IReadOnlyList<ContentProblem> Problems) Load(IConfiguration config)
    {
        var options = OptionsFrom(config);
        IReadOnlyList<IConversationFeature> features = [];
        var (catalog, problems) = ContentLoader.Load(Directory(config), catalog => features = FeatureSet.Create(catalog, options, config));
        return (catalog is null ? null : new FeatureContent(catalog, options, features), problems);
    }

    /// <summary>Loads or fails with every problem listed: a broken file must not reach citizens.</summary>
    public static FeatureContent LoadOrThrow(IConfiguration config)
    {
        var options = OptionsFrom(config);
        IReadOnlyList<IConversationFeature> features = [];
        var catalog = ContentLoader.LoadOrThrow(Directory(config), catalog => features = FeatureSet.Create(catalog, options, config));
        return new FeatureContent(catalog, options, features);
    }

    public ConversationEngine Engine() => new(Content, Options, Features);
}
