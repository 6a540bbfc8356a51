using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OneStop.Bot.Staff;

namespace OneStop.Bot.Zalo;

/// <summary>
/// Tells staff (the Telegram staff group and the officials listed on Zalo) about a Zalo fault, once per kind per run.
/// The staff chat is looked up when needed: it sends through the dispatcher, which holds the Zalo sender that holds this.
/// </summary>
internal sealed class ZaloAlerts(IServiceProvider services, StaffDirectory directory, ILogger<ZaloAlerts> log)
{
    private readonly ConcurrentDictionary<string, byte> _told = new(StringComparer.Ordinal);

    public async Task TellOnceAsync(string kind, string text)
    {
        if (!_told.TryAdd(kind, 0))
        {
            return;
        }

        log.LogError("Zalo fault ({Kind}): staff are told", kind);
        var chat = services.GetRequiredService<StaffChat>();
        // A broken token cannot carry its own alert: that one goes to Telegram only.
        foreach (var to in directory.AlertChats(channel => channel == ZaloChat.Channel && kind != "zalo-token"))
        {
            await chat.SayAsync(to, text, CancellationToken.None);
        }
    }
}
