using Microsoft.Extensions.Configuration;
using OneStop.Bot.Content;
using OneStop.Bot.Conversations;
using OneStop.Bot.Storage;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Hosting;

/// <summary>
/// The content of conversation-flows/ with the modules and the features they made on it, read and checked in one
/// place for the host and for `validate`, `diagram`, `understand` and `report`: each sees exactly what the bot will
/// run, with the same settings.
/// </summary>
internal sealed record FeatureContent(
    ModuleContext Context,
    IReadOnlyList<IFeatureModule> Modules,
    IReadOnlyList<IConversationFeature> Features)
{
    public ContentCatalog Content => Context.Content;

    public ConversationOptions Options => Context.Options;

    /// <summary>Every slash command, the engine's and the features' and the staff tools', for the channels' menus.</summary>
    public CommandMenu Menu => new([.. CommandWords.Declared, .. Features.SelectMany(f => f.Commands), .. Modules.SelectMany(m => m.StaffCommands)]);

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
        var directory = Directory(config);
        var problems = new List<ContentProblem>();
        if (ContentLoader.Read(directory, problems) is not { } catalog)
        {
            return (null, problems);
        }

        // Checked even when reading found problems, so one run of `validate` lists them all.
        var context = new ModuleContext(catalog, OptionsFrom(config), config, directory);
        var modules = FeatureModules.Create();
        var features = modules.SelectMany(m => m.Features(context, problems)).ToList();
        problems.AddRange(ContentValidator.Check(catalog, features));
        return (problems.Count == 0 ? new FeatureContent(context, modules, features) : null, problems);
    }

    /// <summary>Loads or fails with every problem listed: a broken file must not reach citizens.</summary>
    public static FeatureContent LoadOrThrow(IConfiguration config)
    {
        var (loaded, problems) = Load(config);
        return loaded ?? throw new InvalidDataException(
            $"conversation-flows/ has {problems.Count} problem(s); fix them and run `dotnet run --project src/Bot -- validate`:\n"
            + string.Join('\n', problems));
    }

    public ConversationEngine Engine() => new(Content, Options, Features);
}
