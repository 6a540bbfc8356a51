using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OneStop.Bot.Tests.Support;

/// <summary>
/// What the host under test logged, kept in memory: a test asserts on it ("the failure was logged") and a
/// failing wait prints it, which is usually the fastest way to see why the bot did not answer.
/// </summary>
internal sealed class BotHostLog : ILoggerProvider
{
    private readonly ConcurrentQueue<Entry> _entries = new();

    public IReadOnlyList<Entry> Entries => [.. _entries];

    public IEnumerable<Entry> AtLeast(LogLevel level) => _entries.Where(e => e.Level >= level);

    public ILogger CreateLogger(string categoryName) => new Writer(this, categoryName);

    public override string ToString() => string.Join('\n', _entries.Select(e => e.ToString()));

    public void Dispose()
    {
        // Nothing to release: the entries stay readable after the host stopped.
    }

    internal sealed record Entry(LogLevel Level, string Category, string Message, Exception? Exception)
    {
        public override string ToString() =>
            $"{Level} {Category[(Category.LastIndexOf('.') + 1)..]}: {Message}{(Exception is null ? "" : $" [{Exception.GetType().Name}: {Exception.Message}]")}";
    }

    private sealed class Writer(BotHostLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            log._entries.Enqueue(new Entry(logLevel, category, formatter(state, exception), exception));
    }
}
