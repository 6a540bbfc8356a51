using System.Globalization;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OneStop.Bot.Storage;

namespace OneStop.Bot.Safekeeping;

/// <summary>
/// A Unix-domain socket beside the database file (onestop.db.sock), readable and writable by the bot's user only, through
/// which <c>backup --out FILE</c> asks the running bot for a backup: the file is locked to one process, so only the bot
/// can read it consistently. The request is one line, "backup"; the answer one line, "ok BYTES SUMMARY" followed by the
/// bytes of a checked copy, or "error WHY". The bytes travel over the socket so the command, not the bot (whose service
/// may write only its own folders), decides where the file goes.
/// </summary>
internal sealed class ControlSocket(BotDatabase db, ILogger<ControlSocket> log) : BackgroundService
{
    private Socket? _listener;

    public static string PathFor(string databasePath) => Path.GetFullPath(databasePath) + ".sock";

    public string SocketPath { get; } = PathFor(db.Path);

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Left by a bot killed with -9; this process holds the database's lock, so no other bot uses it.
        File.Delete(SocketPath);
        var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(SocketPath));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(SocketPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        listener.Listen(4);
        _listener = listener;
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // The accept loop ends on the cancelled token first; a listener disposed under it would fault the service.
        await base.StopAsync(cancellationToken);
        _listener?.Dispose();
        File.Delete(SocketPath);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener!.AcceptAsync(stoppingToken);
            }
            catch (Exception ex) when ((ex is OperationCanceledException or ObjectDisposedException or SocketException) && stoppingToken.IsCancellationRequested)
            {
                return;
            }

            _ = ServeAsync(client, stoppingToken);
        }
    }

    private async Task ServeAsync(Socket client, CancellationToken token)
    {
        await using var stream = new NetworkStream(client, ownsSocket: true);
        var temp = db.Path + ".backup-" + Guid.NewGuid().ToString("N") + ".db";
        try
        {
            using var reader = new StreamReader(stream, Encoding.UTF8, leaveOpen: true);
            var request = await reader.ReadLineAsync(token);
            if (request?.Trim() != "backup")
            {
                await SayAsync(stream, "error unknown request; the only one is \"backup\"", token);
                return;
            }

            var counts = await DatabaseCopy.WriteAsync(db, temp);
            var length = new FileInfo(temp).Length;
            await SayAsync(stream, string.Create(CultureInfo.InvariantCulture, $"ok {length} {BackupCheck.Describe(counts)}"), token);
            await using (var file = File.OpenRead(temp))
            {
                await file.CopyToAsync(stream, token);
            }

            log.LogInformation("Sent a backup through the control socket ({Bytes} bytes, {Summary})", length, BackupCheck.Describe(counts));
        }
        catch (Exception ex) when (ex is IOException or SocketException or InvalidDataException or LiteDB.LiteException or UnauthorizedAccessException)
        {
            log.LogError(ex, "A backup asked through the control socket failed");
            await TrySayAsync(stream, "error " + ex.Message.ReplaceLineEndings(" "), token);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private static async Task SayAsync(Stream stream, string line, CancellationToken token) =>
        await stream.WriteAsync(Encoding.UTF8.GetBytes(line + "\n"), token);

    private static async Task TrySayAsync(Stream stream, string line, CancellationToken token)
    {
        try
        {
            await SayAsync(stream, line, token);
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException)
        {
            // The command went away.
        }
    }
}
