using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OneStop.Bot.Conversations;
using OneStop.Bot.Storage;
using OneStop.Domain.Conversation;
using Telegram.Bot;
using Telegram.Bot.Types;

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
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<TelegramWebhookProcessor> log) : BackgroundService
{
    private const int Batch = 100;
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>The secret Telegram sends back with each update; new at each start.</summary>
    public string Secret { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

    public static string Key(long updateId) => "telegram:" + updateId.ToString(CultureInfo.InvariantCulture);

    public void Wake() => _wake.Writer.TryWrite(true);

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
                    await bot.SetMyCommands(TelegramPoller.Commands, cancellationToken: stoppingToken);
                    await bot.SetWebhook(options.Value.WebhookUrl!, allowedUpdates: TelegramPoller.Wanted, secretToken: Secret, cancellationToken: stoppingToken);
                    mapper = new TelegramUpdateMapper(me.Username ?? "");
                    log.LogInformation("Telegram webhook set to {Url} for @{Username}", options.Value.WebhookUrl, me.Username);
                }

                var pending = events.Pending(TelegramChat.Channel, Batch);
                if (pending.Count == 0)
                {
                    await WaitAsync(TimeSpan.FromSeconds(5), stoppingToken);
                    continue;
                }

                var updates = pending.Select(Read).OfType<Update>().ToList();
                await handler.HandleAsync(updates, mapper, u => Key(u.Id), stoppingToken);
                // Updates that could not be read are marked handled too, never retried.
                var unread = pending.Where(p => Read(p) is null).ToList();
                foreach (var bad in unread)
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
                log.LogError(ex, "Telegram webhook processing failed ({Failures} in a row); trying again", failures);
                await WaitAsync(TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, failures))), stoppingToken);
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

    private async Task WaitAsync(TimeSpan most, CancellationToken token)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(token);
        try
        {
            await Task.WhenAny(Task.Delay(most, time, wait.Token), _wake.Reader.WaitToReadAsync(wait.Token).AsTask());
        }
        finally
        {
            await wait.CancelAsync();
        }

        _wake.Reader.TryRead(out _);
        token.ThrowIfCancellationRequested();
    }
}
