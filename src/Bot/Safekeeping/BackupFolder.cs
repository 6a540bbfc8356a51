using System.Globalization;

namespace OneStop.Bot.Safekeeping;

/// <summary>
/// The folder of scheduled backups: one file per backup, named by its commune time (onestop-20261205-0200.db, so names
/// sort by age), the newest <c>keep</c> kept. Only files named so are ever deleted: the folder may hold others.
/// </summary>
internal sealed class BackupFolder(string directory, int keep)
{
    private const string Prefix = "onestop-";
    private const string Suffix = ".db";

    public string Directory { get; } = Path.GetFullPath(directory);

    public string PathFor(DateTimeOffset communeTime) =>
        Path.Combine(Directory, Prefix + communeTime.ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture) + Suffix);

    /// <summary>The backups, oldest first.</summary>
    public IReadOnlyList<string> Backups() =>
        System.IO.Directory.Exists(Directory)
            ? System.IO.Directory.GetFiles(Directory, Prefix + "*" + Suffix).Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>Deletes all but the newest backups; returns the files deleted.</summary>
    public IReadOnlyList<string> Prune()
    {
        var all = Backups();
        var old = all.Take(Math.Max(0, all.Count - keep)).ToList();
        foreach (var file in old)
        {
            File.Delete(file);
        }

        return old;
    }
}
