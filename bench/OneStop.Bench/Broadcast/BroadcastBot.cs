using System.Diagnostics;
using System.Globalization;
using OneStop.FakeBotApi;

namespace OneStop.Bench.Broadcast;

/// <summary>
/// The built bot as a child process, configured through the environment as in production, with one official in
/// Staff__Members. Its memory is its own (peak RSS from /proc/&lt;pid&gt;/status), and it can be killed with SIGKILL
/// and started again on the same LiteDB file. It runs with this program's runtimeconfig and deps files: the fake
/// server brings the ASP.NET Core shared framework, and the build then leaves Microsoft.Extensions.* out of this folder.
/// </summary>
internal sealed class BroadcastBot : IAsyncDisposable
{
    public const long Official = 9001;

    private readonly Process _process;

    private BroadcastBot(Process process) => _process = process;

    public static BroadcastBot Start(FakeTelegramServer server, string databasePath, string content, bool paid)
    {
        var here = AppContext.BaseDirectory;
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            ArgumentList =
            {
                "exec",
                "--runtimeconfig", Path.Combine(here, "OneStop.Bench.runtimeconfig.json"),
                "--depsfile", Path.Combine(here, "OneStop.Bench.deps.json"),
                Path.Combine(here, "OneStop.Bot.dll"),
            },
            UseShellExecute = false,
            RedirectStandardOutput = true,
        };
        var environment = start.Environment;
        environment["Telegram__BotToken"] = server.Token;
        environment["Telegram__ApiBaseUrl"] = server.BaseUrl.ToString();
        environment["Telegram__PollTimeout"] = "00:00:05";
        environment["Storage__Path"] = databasePath;
        environment["Content__Path"] = content;
        environment["Staff__Members__0__TelegramId"] = Official.ToString(CultureInfo.InvariantCulture);
        environment["Staff__Members__0__Role"] = "official";
        environment["Delivery__PaidBroadcast"] = paid ? "true" : "false";
        environment["Delivery__MaxBroadcastInFlight"] = paid ? "64" : "16";
        environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the bot.");
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                Console.Error.WriteLine("bot: " + line);
            }
        };
        process.BeginOutputReadLine();
        return new BroadcastBot(process);
    }

    /// <summary>The most resident memory the bot has had so far, in bytes (VmHWM).</summary>
    public long PeakResidentBytes()
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // The process has gone.
        }

        return 0;
    }

    /// <summary>kill -9: no shutdown code runs, nothing is flushed.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }
}
