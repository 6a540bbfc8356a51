using System.Text.Json;
using OneStop.FakeBotApi;

namespace OneStop.Bench.Broadcast;

/// <summary>Reads the fake server's records: who got the notice how often, the steady rate, and the refused (429) calls.</summary>
internal sealed class DeliveryLog(FakeTelegramServer server, int subscribers)
{
    private static readonly HashSet<string> Sends = new(StringComparer.Ordinal) { "sendMessage", "sendPhoto", "editMessageText" };

    public int Delivered => Notices().Select(m => m.ChatId).Distinct().Count();

    public IEnumerable<SentMessage> Notices() =>
        server.Sent.Where(m => BenchAudience.Contains(m.ChatId, subscribers) && m.Text.StartsWith("📣", StringComparison.Ordinal));

    public (int Lost, int Repeated) Count(long[] chats)
    {
        var counts = Notices().GroupBy(m => m.ChatId).ToDictionary(g => g.Key, g => g.Count());
        return (chats.Count(c => !counts.ContainsKey(c)), counts.Values.Sum(n => n - 1));
    }

    /// <summary>Sends a second between 10 % and 90 % of the deliveries, leaving out <paramref name="gap"/> (a restart).</summary>
    public (double PerSecond, DateTimeOffset From, DateTimeOffset To) Steady((DateTimeOffset From, DateTimeOffset To)? gap)
    {
        var times = Notices().Select(m => m.At).Order().ToList();
        var from = times[times.Count / 10];
        var to = times[times.Count * 9 / 10];
        var counted = times.Count(t => t >= from && t <= to && !Within(t, gap));
        var span = to - from - (gap is { } g ? Overlap(from, to, g) : TimeSpan.Zero);
        return (counted / span.TotalSeconds, from, to);
    }

    /// <summary>
    /// When the server refused a send (flood control; no other faults are injected here). A chat's calls beyond its
    /// accepted messages were refused; a refusal comes before the retry that succeeds, so its earliest calls are counted.
    /// </summary>
    public IReadOnlyList<DateTimeOffset> Refusals()
    {
        var calls = new Dictionary<(long Chat, string Method), List<DateTimeOffset>>();
        foreach (var call in server.Calls.Where(c => Sends.Contains(c.Method)))
        {
            using var body = JsonDocument.Parse(call.Body);
            var key = (body.RootElement.GetProperty("chat_id").GetInt64(), call.Method);
            if (!calls.TryGetValue(key, out var times))
            {
                calls[key] = times = [];
            }

            times.Add(call.At);
        }

        var accepted = server.Sent.Where(m => Sends.Contains(m.Method)).GroupBy(m => (m.ChatId, m.Method)).ToDictionary(g => g.Key, g => g.Count());
        return calls.SelectMany(pair => pair.Value.Order().Take(pair.Value.Count - accepted.GetValueOrDefault(pair.Key))).Order().ToList();
    }

    private static bool Within(DateTimeOffset t, (DateTimeOffset From, DateTimeOffset To)? gap) => gap is { } g && t >= g.From && t <= g.To;

    private static TimeSpan Overlap(DateTimeOffset from, DateTimeOffset to, (DateTimeOffset From, DateTimeOffset To) gap)
    {
        var start = gap.From > from ? gap.From : from;
        var end = gap.To < to ? gap.To : to;
        return end > start ? end - start : TimeSpan.Zero;
    }
}
