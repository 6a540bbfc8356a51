using OneStop.Bot.Content;
using OneStop.Domain.Content;

namespace OneStop.Bot.Tests.Support;

internal static class Content
{
    private static readonly Lazy<ContentCatalog> Shipped = new(() => ContentLoader.LoadOrThrow(Repository.Content));

    /// <summary>The real conversation-flows/, loaded once for the whole run.</summary>
    public static ContentCatalog Real => Shipped.Value;
}
