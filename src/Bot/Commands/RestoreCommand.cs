using System.Globalization;
using Microsoft.Extensions.Configuration;
using OneStop.Bot.Hosting;
using OneStop.Bot.Safekeeping;
using OneStop.Bot.Storage;

namespace OneStop.Bot.Commands;

/// <summary>
/// `restore FILE`: puts a backup back as the bot's database, with the bot stopped. The backup is checked first (a broken
/// one changes nothing), and the database it replaces is kept beside it, named by the time of the restore.
/// </summary>
internal static class RestoreCommand
{
    public static int Run(IConfiguration config, IReadOnlyList<string> args, TextWriter output, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(time);
        // Settings (--Storage:Path=…) are read by the configuration; the one other argument is the backup.
        var files = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (files.Count != 1)
        {
            output.WriteLine("Usage: restore FILE [--Storage:Path=data/onestop.db]   (with the bot stopped)");
            return 2;
        }

        var backup = Path.GetFullPath(files[0]);
        var storage = config.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var database = Path.GetFullPath(storage.Path);
        IReadOnlyDictionary<string, long> counts;
        try
        {
            counts = BackupCheck.Verify(backup);
        }
        catch (InvalidDataException ex)
        {
            output.WriteLine($"Nothing was changed: {ex.Message}");
            return 1;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(database)!);
        FileStream held;
        try
        {
            // The bot's own lock (see BotDatabase): held while the file is swapped, so no bot starts meanwhile.
            held = new FileStream(database + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            output.WriteLine($"A bot is running on {database}: stop it first (systemctl stop onestop), then restore.");
            return 1;
        }

        using (held)
        {
            var kept = Keep(database, TimeZoneInfo.ConvertTime(time.GetUtcNow(), CommuneZone.Zone));
            var incoming = database + ".restoring";
            File.Copy(backup, incoming, overwrite: true);
            File.Move(incoming, database);
            output.WriteLine($"Restored {database} from {backup} ({BackupCheck.Describe(counts)}).");
            output.WriteLine(kept is null ? "There was no database before." : $"The database it replaced is kept as {kept}.");
        }

        return 0;
    }

    /// <summary>Moves the current file (and its write-ahead log, which holds committed work) aside; returns its new name.</summary>
    private static string? Keep(string database, DateTimeOffset now)
    {
        if (!File.Exists(database))
        {
            return null;
        }

        var stamp = now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var folder = Path.GetDirectoryName(database)!;
        var name = Path.GetFileNameWithoutExtension(database);
        var extension = Path.GetExtension(database);
        var kept = Path.Combine(folder, $"{name}-before-restore-{stamp}{extension}");
        File.Move(database, kept);
        // LiteDB's log beside it keeps LiteDB's naming, so opening the kept file replays it.
        var log = Path.Combine(folder, name + "-log" + extension);
        if (File.Exists(log))
        {
            File.Move(log, Path.Combine(folder, $"{name}-before-restore-{stamp}-log{extension}"));
        }

        return kept;
    }
}
