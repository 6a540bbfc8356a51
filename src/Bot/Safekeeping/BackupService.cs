using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OneStop.Bot.Hosting;
using OneStop.Bot.Storage;

namespace OneStop.Bot.Safekeeping;

/// <summary>
/// Takes a backup of the database on the schedule (Storage__BackupEvery) into Storage__BackupDirectory and keeps the
/// newest Storage__BackupKeep. Answers go on meanwhile (see <see cref="DatabaseCopy"/>). A failed backup is logged and
/// tried again at the next time; the bot is not stopped for it.
/// </summary>
internal sealed class BackupService(
    BotDatabase db,
    IOptions<BackupOptions> options,
    TimeProvider time,
    ILogger<BackupService> log) : BackgroundService
{
    private readonly BackupSchedule _schedule = BackupSchedule.Parse(options.Value.BackupEvery);
    private readonly BackupFolder _folder = new(options.Value.BackupDirectory!, options.Value.BackupKeep);

    private int _taken;

    /// <summary>Backups taken since the start, each counted once its folder is tidied (old ones deleted), for tests and the log.</summary>
    public int Taken => Volatile.Read(ref _taken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var last = time.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var next = _schedule.Next(now, last, CommuneZone.Zone);
            try
            {
                await Task.Delay(next - now, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            last = next;
            await TakeAsync(next);
        }
    }

    /// <summary>One scheduled backup, named by <paramref name="at"/> in commune time.</summary>
    public async Task TakeAsync(DateTimeOffset at)
    {
        var file = _folder.PathFor(TimeZoneInfo.ConvertTime(at, CommuneZone.Zone));
        try
        {
            var counts = await DatabaseCopy.WriteAsync(db, file);
            var pruned = _folder.Prune();
            // Counted after the pruning: a reader who sees three backups taken must see the folder as they left it.
            Interlocked.Increment(ref _taken);
            log.LogInformation("Backed up the database to {File} ({Summary}); {Pruned} old backups deleted", file, BackupCheck.Describe(counts), pruned.Count);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or LiteDB.LiteException)
        {
            log.LogError(ex, "The scheduled backup to {File} failed; the next one runs at the next scheduled time", file);
        }
    }
}
