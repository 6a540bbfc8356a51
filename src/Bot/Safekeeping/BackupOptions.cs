using System.ComponentModel.DataAnnotations;
using OneStop.Bot.Storage;

namespace OneStop.Bot.Safekeeping;

/// <summary>Backups of the LiteDB file, set in the Storage section beside the file itself (Storage__Backup…).</summary>
internal sealed record BackupOptions
{
    /// <summary>Where scheduled backups go; none means no scheduled backups.</summary>
    public string? BackupDirectory { get; init; }

    /// <summary>When: "daily HH:mm" in commune time, or "every HH:mm:ss" from the start (see <see cref="BackupSchedule"/>).</summary>
    public string BackupEvery { get; init; } = "daily 02:00";

    /// <summary>How many scheduled backups are kept; older ones are deleted.</summary>
    [Range(1, 10_000)]
    public int BackupKeep { get; init; } = 14;

    public static string Section => StorageOptions.Section;

    public bool Enabled => !string.IsNullOrWhiteSpace(BackupDirectory);
}
