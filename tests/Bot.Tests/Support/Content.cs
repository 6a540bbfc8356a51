using Microsoft.Extensions.Configuration;
using OneStop.Bot.Hosting;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Tests.Support;

/// <summary>The real conversation-flows/ and the real feature modules, as the host builds them.</summary>
internal static class Content
{
    private static readonly IConfiguration Empty = new ConfigurationBuilder().Build();

    /// <summary>As a host with no settings has them.</summary>
    public static readonly ConversationOptions Options = FeatureContent.OptionsFrom(Empty);

    private static readonly Lazy<ContentCatalog> Shipped = new(() => FeatureContent.LoadOrThrow(At(Repository.Content)).Content);

    /// <summary>Configuration that points Content:Path at <paramref name="directory"/>.</summary>
    public static IConfiguration At(string directory, IConfiguration? config = null) =>
        new ConfigurationBuilder().AddConfiguration(config ?? Empty)
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Content:Path"] = directory }).Build();

    /// <summary>Loads a content folder checked against the real modules' features, as the host and `validate` do.</summary>
    public static (ContentCatalog? Catalog, IReadOnlyList<ContentProblem> Problems) Load(string directory)
    {
        var (loaded, problems) = FeatureContent.Load(At(directory));
        return (loaded?.Content, problems);
    }

    /// <summary>Loaded once for the whole run.</summary>
    public static ContentCatalog Real => Shipped.Value;

    /// <summary>The features every module makes on <paramref name="content"/>, configured like a host with <paramref name="config"/>.</summary>
    public static IReadOnlyList<IConversationFeature> Features(ContentCatalog content, IConfiguration? config = null)
    {
        var context = new ModuleContext(content, Options, At(Repository.Content, config), Repository.Content);
        var problems = new List<ContentProblem>();
        var features = FeatureModules.Create().SelectMany(m => m.Features(context, problems)).ToList();
        return problems.Count == 0 ? features : throw new InvalidDataException(string.Join('\n', problems));
    }

    /// <summary>An engine on the real content with every feature, configured like a host with no settings.</summary>
    public static ConversationEngine Engine(IConfiguration? config = null) => new(Real, Options, Features(Real, config));
}
