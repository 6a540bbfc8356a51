using System.Collections.Concurrent;
using System.Diagnostics;

namespace OneStop.Bot.Tests.Support;

/// <summary>
/// The real built program (OneStop.Bot.dll, copied beside the tests by the project reference) running as a
/// child process, configured through the environment as in production. For what only a separate process
/// can show: kill -9, a refused token's exit code, a second instance on the same file.
/// It runs with the test assembly's runtimeconfig and deps files: the fake server brings the ASP.NET Core
/// shared framework, so the build leaves the Microsoft.Extensions.* assemblies out of this folder and
/// OneStop.Bot.runtimeconfig.json alone would not find them.
/// </summary>
internal sealed class BotHostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private BotHostProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>What the program wrote to stdout and stderr so far.</summary>
    public string Output => string.Join('\n', _output);

    /// <summary>Starts the program with these settings as environment variables ("Telegram:BotToken" becomes Telegram__BotToken).</summary>
    public static BotHostProcess Start(IReadOnlyDictionary<string, string?> settings, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(settings);
        // The SDK tells child processes which dotnet runs them; fall back to the one on PATH.
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var here = AppContext.BaseDirectory;
        var tests = typeof(BotHostProcess).Assembly.GetName().Name;
        var start = new ProcessStartInfo(dotnet)
        {
            ArgumentList =
            {
                "exec",
                "--runtimeconfig", Path.Combine(here, $"{tests}.runtimeconfig.json"),
                "--depsfile", Path.Combine(here, $"{tests}.deps.json"),
                Path.Combine(here, "OneStop.Bot.dll"),
            },
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var running = new BotHostProcess(process);
        process.OutputDataReceived += (_, e) => running.Collect(e.Data);
        process.ErrorDataReceived += (_, e) => running.Collect(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return running;
    }

    /// <summary>kill -9 on the program and anything it started: no shutdown code runs, nothing is flushed.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await WaitForExitAsync();
    }

    /// <summary>Waits for the program to end by itself, and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync()
    {
        using var patience = new CancellationTokenSource(BotHost.Patience);
        try
        {
            await _process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The bot process did not exit within {BotHost.Patience}. It wrote:\n{Output}");
        }

        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private void Collect(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }
}
