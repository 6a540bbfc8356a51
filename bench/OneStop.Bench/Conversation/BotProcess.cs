using System.Diagnostics;
using System.Globalization;
using OneStop.FakeBotApi;

namespace OneStop.Bench.Conversation;

/// <summary>
/// The built bot (OneStop.Bot.dll beside the benchmark) as a child process, configured through the
/// environment as in production, so that its memory is its own: peak RSS is read from /proc/&lt;pid&gt;/status
/// (VmHWM). It runs with this program's runtimeconfig and deps files, because the fake server brings the
/// ASP.NET Core shared framework and the build then leaves Microsoft.Extensions.* out of this folder.
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;

    private BotProcess(Process process) => _process = process;

    public static BotProcess Start(FakeTelegramServer server, string databasePath)
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
        start.Environment["Telegram__BotToken"] = server.Token;
        start.Environment["Telegram__ApiBaseUrl"] = server.BaseUrl.ToString();
        start.Environment["Storage__Path"] = databasePath;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the bot.");
        // Warnings and errors pass through; the figures stay on the benchmark's stdout.
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                Console.Error.WriteLine("bot: " + line);
            }
        };
        process.BeginOutputReadLine();
        return new BotProcess(process);
    }

    public TimeSpan ProcessorTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>The most resident memory the bot has had, in bytes (VmHWM).</summary>
    public long PeakResidentBytes()
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
                return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
            }
        }

        return 0;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
