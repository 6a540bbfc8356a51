using Microsoft.Extensions.Configuration;
using OneStop.Bot.Content;
using OneStop.Bot.Hosting;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Tests.Support;

/// <summary>The real conversation-flows/ and the real feature set, as the host builds them.</summary>
internal static class Content
{
    public static readonly ConversationOptions Options = new(90, CommuneZone.Zone);

    private static readonly IConfiguration Empty = new ConfigurationBuilder().Build();

    private static readonly Lazy<ContentCatalog> Shipped = new(() =>
        ContentLoader.LoadOrThrow(Repository.Content, catalog => FeatureSet.Create(catalog, Options, Empty)));

    /// <summary>Loads a content folder checked against the real feature set, as the host and `validate` do.</summary>
    public static (ContentCatalog? Catalog, IReadOnlyList<ContentProblem> Problems) Load(string directory) =>
        ContentLoader.Load(directory, catalog => FeatureSet.Create(catalog, Options, Empty));

    /// <summary>Loaded once for the whole run.</summary>
    public static ContentCatalog Real => Shipped.Value;

    /// <summary>An engine on the real content with every feature, configured like a host with no settings.</summary>
    public static ConversationEngine Engine(IConfiguration? config = null) =>
        new(Real, Options, FeatureSet.Create(Real, Options, config ?? Empty));
}
