using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OneStop.Bot.Storage;

namespace OneStop.Bot.Maintenance;

/// <summary>
/// Deletes what we promised to delete: chats silent for longer than the retention period told to citizens
/// (Luật 91/2025/QH15: keep personal data no longer than its purpose needs). Runs at start, then daily.
/// </summary>
internal sealed class RetentionService(
    ConversationStore store,
    IOptions<StorageOptions> options,
    TimeProvider time,
    ILogger<RetentionService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow().UtcDateTime;
            try
            {
                var deleted = store.Expire(now.AddDays(-options.Value.RetentionDays));
                if (deleted > 0)
                {
                    log.LogInformation("Deleted the data of {Count} chat(s) past the retention period", deleted);
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                log.LogError(ex, "Expiring old data failed; trying again tomorrow");
            }

            try
            {
                await Task.Delay(TimeSpan.FromDays(1), time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
        }
    }
}
