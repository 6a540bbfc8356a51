using System.Globalization;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Configuration;
using OneStop.Bot.Safekeeping;
using OneStop.Bot.Storage;

namespace OneStop.Bot.Commands;

/// <summary>
/// `backup --out FILE`: a checked backup of the database. Through the running bot's control socket when a bot runs
/// (the file is locked to it); from the file itself when none does. Run it as the bot's user: the socket is theirs.
/// </summary>
internal static class BackupCommand
{
    public static async Task<int> RunAsync(IConfiguration config, IReadOnlyList<string> args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var index = args.ToList().IndexOf("--out");
        if (index < 0 || index + 1 >= args.Count)
        {
            await output.WriteLineAsync("Usage: backup --out FILE [--Storage:Path=data/onestop.db]");
            return 2;
        }

        var target = Path.GetFullPath(args[index + 1]);
        var storage = config.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var socket = ControlSocket.PathFor(storage.Path);
        try
        {
            var summary = await FromRunningBotAsync(socket, target) ?? await FromFileAsync(storage.Path, target);
            await output.WriteLineAsync($"Backed up to {target} ({summary}).");
            return 0;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException or SocketException or InvalidOperationException)
        {
            await output.WriteLineAsync($"The backup failed: {ex.Message}");
            return 1;
        }
    }

    /// <summary>The backup through the running bot; null when no bot answers on the socket.</summary>
    private static async Task<string?> FromRunningBotAsync(string socketPath, string target)
    {
        if (!File.Exists(socketPath))
        {
            return null;
        }

        using var client = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            await client.ConnectAsync(new UnixDomainSocketEndPoint(socketPath));
        }
        catch (SocketException ex) when (ex.SocketErrorCode is SocketError.ConnectionRefused or SocketError.AddressNotAvailable)
        {
            // Left by a bot that was killed: none runs.
            return null;
        }
        catch (SocketException ex) when (ex.SocketErrorCode == SocketError.AccessDenied)
        {
            throw new UnauthorizedAccessException($"Not allowed to use {socketPath}: run the command as the bot's user (sudo -u onestop …).", ex);
        }

        await using var stream = new NetworkStream(client, ownsSocket: false);
        await stream.WriteAsync(Encoding.UTF8.GetBytes("backup\n"));
        var header = await ReadLineAsync(stream);
        if (!header.StartsWith("ok ", StringComparison.Ordinal))
        {
            throw new IOException("The bot answered: " + header);
        }

        var parts = header.Split(' ', 3);
        var length = long.Parse(parts[1], CultureInfo.InvariantCulture);
        var partial = target + ".partial";
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await using (var file = File.Create(partial))
        {
            var buffer = new byte[81920];
            var left = length;
            while (left > 0)
            {
                var read = await stream.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, left)));
                if (read == 0)
                {
                    throw new IOException($"The bot stopped sending after {length - left} of {length} bytes.");
                }

                await file.WriteAsync(buffer.AsMemory(0, read));
                left -= read;
            }
        }

        var counts = BackupCheck.Verify(partial);
        File.Move(partial, target, overwrite: true);
        return BackupCheck.Describe(counts) + ", through the running bot";
    }

    private static async Task<string> FromFileAsync(string databasePath, string target)
    {
        if (!File.Exists(databasePath))
        {
            throw new IOException($"No database at {Path.GetFullPath(databasePath)}; set --Storage:Path to the bot's file.");
        }

        // Throws when a bot holds the file but its socket did not answer.
        using var db = new BotDatabase(databasePath, cachedChats: 0);
        var counts = await DatabaseCopy.WriteAsync(db, target);
        return BackupCheck.Describe(counts) + ", from the file (no bot was running)";
    }

    // Byte by byte: the copy's bytes follow the line on the same stream.
    private static async Task<string> ReadLineAsync(Stream stream)
    {
        var line = new List<byte>();
        var one = new byte[1];
        while (await stream.ReadAsync(one) == 1 && one[0] != (byte)'\n')
        {
            line.Add(one[0]);
        }

        return Encoding.UTF8.GetString([.. line]);
    }
}
