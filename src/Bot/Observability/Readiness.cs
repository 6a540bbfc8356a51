using OneStop.Bot.Storage;
using OneStop.Domain.Content;

namespace OneStop.Bot.Observability;

/// <summary>
/// GET /readyz's verdict: the database answers, the content is loaded, every channel's last call succeeded, and
/// every channel's own check (<see cref="IReadinessCheck"/>) passes. The reasons are short and carry no personal data.
/// </summary>
internal sealed class Readiness(BotDatabase db, ContentCatalog content, ChannelHealth health, IEnumerable<IReadinessCheck> checks)
{
    private readonly IReadOnlyList<IReadinessCheck> _checks = [.. checks];

    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        try
        {
            // A read of the collection catalogue: cheap, and it fails once the file is closed or broken.
            if (!db.Database.CollectionExists("outbox"))
            {
                problems.Add("database: the outbox collection is missing");
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            problems.Add($"database: {ex.GetType().Name}");
        }

        if (content.Procedures.Count == 0)
        {
            problems.Add("content: no procedures loaded");
        }

        problems.AddRange(health.Problems());
        problems.AddRange(_checks.Select(c => c.Problem()).OfType<string>());
        return problems;
    }
}
