using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OneStop.Bot.Conversations;
using OneStop.Bot.Storage;
using OneStop.Bot.Webhooks;
using OneStop.Domain.Conversation;
using Telegram.Bot;
using Telegram.Bot.Types;
using OneStop.Bot.Observability;

namespace OneStop.Bot.Telegram;

/// <summary>
/// Webhook mode: registers the webhook with a fresh secret (setWebhook) at start, then handles the stored updates in
/// order through the same path as polling, from the same store as Zalo's events.
/// </summary>
internal sealed class TelegramWebhookProcessor(
    ITelegramBotClient bot,
    InboundEventStore events,
    TelegramUpdateHandler handler,
    ConversationService conversations,
    CommandMenu menu,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ChannelHealth health,
    ILogger<TelegramWebhookProcessor> log) : BackgroundService
{
    private const int Batch = 100;
    private const string SetWebhook = "setWebhook";

    // Not ready until Telegram took the webhook.
    private readonly ChannelHealth _health = health.Expecting(TelegramChat.Channel, SetWebhook);
    private readonly StoredEventWake _wake = new(time);

    /// <summary>The secret Telegram sends back with each update; new at each start.</summary>
    public string Secret { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

    public static string Key(long updateId) => "telegram:" + updateId.ToString(CultureInfo.InvariantCulture);

    public void Wake() => _wake.Wake();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        TelegramUpdateMapper? mapper = null;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (mapper is null)
                {
                    var me = await bot.GetMe(stoppingToken);
                    await bot.SetMyCommands(TelegramMenu.Commands(menu), cancellationToken: stoppingToken);
                    await bot.SetWebhook(options.Value.WebhookUrl!, allowedUpdates: TelegramPoller.Wanted, secretToken: Secret, cancellationToken: stoppingToken);
                    mapper = new TelegramUpdateMapper(me.Username ?? "");
                    _health.Succeeded(TelegramChat.Channel, SetWebhook);
                    log.LogInformation("Telegram webhook set to {Url} for @{Username}", options.Value.WebhookUrl, me.Username);
                }

                var pending = events.Pending(TelegramChat.Channel, Batch);
                if (pending.Count == 0)
                {
                    await _wake.WaitAsync(TimeSpan.FromSeconds(5), stoppingToken);
                    continue;
                }

                var read = pending.Select(p => (Stored: p, Update: Read(p))).ToList();
                await handler.HandleAsync(read.Select(r => r.Update).OfType<Update>().ToList(), mapper, u => Key(u.Id), stoppingToken);
                // Updates that could not be read are marked handled too, never retried.
                foreach (var bad in read.Where(r => r.Update is null).Select(r => r.Stored))
                {
                    conversations.MarkHandled(new InboundUpdate(null, new Incoming(TelegramChat.Address(0), IncomingKind.Unreadable)) { EventKey = bad.Id, Silent = true });
                }

                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                failures++;
                if (mapper is null)
                {
                    _health.Failed(TelegramChat.Channel, SetWebhook, ex.GetType().Name);
                }

                log.LogError(ex, "Telegram webhook processing failed ({Failures} in a row); trying again", failures);
                await _wake.WaitAsync(TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, failures))), stoppingToken);
            }
        }
    }

    private Update? Read(InboundEvent stored)
    {
        try
        {
            return JsonSerializer.Deserialize<Update>(stored.Raw, JsonBotAPI.Options);
        }
        catch (JsonException ex)
        {
            log.LogError(ex, "Could not read Telegram update {Key}; skipping it", stored.Id);
            return null;
        }
    }
}
