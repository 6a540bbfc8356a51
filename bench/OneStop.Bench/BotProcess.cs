using System.Diagnostics;
using System.Globalization;
using OneStop.FakeBotApi;

namespace OneStop.Bench;

/// <summary>
/// The built bot (OneStop.Bot.dll beside the benchmark) as a child process, configured through the
/// environment as in production, so that its memory is its own: peak RSS is read from /proc/&lt;pid&gt;/status
/// (VmHWM). It can be killed with SIGKILL and started again on the same LiteDB file. It runs with this
/// program's deps file, because the fake server brings the ASP.NET Core shared framework and the build then
/// leaves Microsoft.Extensions.* out of this folder, and with the bot's own runtimeconfig, so the runtime
/// settings measured are those the bot ships with (OneStop.Bot.csproj).
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;

    private BotProcess(Process process) => _process = process;

    /// <param name="server">The fake Bot API the bot talks to.</param>
    /// <param name="databasePath">The LiteDB file.</param>
    /// <param name="settings">More settings, as environment variables (Section__Key).</param>
    public static BotProcess Start(FakeTelegramServer server, string databasePath, IReadOnlyDictionary<string, string>? settings = null)
    {
        var here = AppContext.BaseDirectory;
        var start = new ProcessStartInfo(Dotnet)
        {
            ArgumentList =
            {
                "exec",
                "--runtimeconfig", Path.Combine(here, "OneStop.Bot.runtimeconfig.json"),
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
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

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

    /// <summary>The dotnet host that runs this program, for child processes of the benchmark.</summary>
    public static string Dotnet =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    public TimeSpan ProcessorTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>The most resident memory the bot has had so far, in bytes (VmHWM); 0 once it has gone.</summary>
    public long PeakResidentBytes() => Status("VmHWM:");

    /// <summary>The bot's resident memory now, in bytes (VmRSS); 0 once it has gone.</summary>
    public long ResidentBytes() => Status("VmRSS:");

    public int Id => _process.Id;

    private long Status(string field)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
            {
                if (line.StartsWith(field, StringComparison.Ordinal))
                {
                    return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
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
