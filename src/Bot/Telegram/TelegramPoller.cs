using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OneStop.Bot.Conversations;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using OneStop.Bot.Observability;

namespace OneStop.Bot.Telegram;

/// <summary>
/// Long-polls Telegram. A batch is confirmed (by asking for the next offset) only after it was handled and
/// committed, so a crash re-delivers it and the de-duplication record keeps it from being answered twice.
/// Our own loop rather than the library's helpers: they retry errors with no delay, stop silently when the
/// error handler throws, and run one handler at a time (stack-notes.md).
/// </summary>
internal sealed class TelegramPoller(
    ITelegramBotClient bot,
    TelegramUpdateHandler handler,
    CommandMenu menu,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ChannelHealth health,
    ILogger<TelegramPoller> log) : BackgroundService
{
    private const string GetUpdates = "getUpdates";

    internal static readonly UpdateType[] Wanted =
        [UpdateType.Message, UpdateType.EditedMessage, UpdateType.CallbackQuery, UpdateType.MyChatMember];

    private readonly TelegramOptions _options = options.Value;

    // Not ready until the first poll came back.
    private readonly ChannelHealth _health = health.Expecting(TelegramChat.Channel, GetUpdates);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var mapper = await ConnectAsync(stoppingToken);
        if (mapper is null)
        {
            return;
        }

        int? offset = null;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var batch = await bot.SendRequest(
                    new RawUpdatesRequest { Offset = offset, Limit = 100, Timeout = (int)_options.PollTimeout.TotalSeconds, AllowedUpdates = Wanted },
                    stoppingToken);
                _health.Succeeded(TelegramChat.Channel, GetUpdates);
                if (batch.Length == 0)
                {
                    failures = 0;
                    continue;
                }

                // A batch that cannot be committed (a full disk) is not confirmed: it comes again, after a backoff.
                if (!await TryHandleAsync(Read(batch), mapper, stoppingToken))
                {
                    failures++;
                    await DelayAsync(Backoff(failures), stoppingToken);
                    continue;
                }

                offset = batch.Max(UpdateId) + 1;
                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == (int)HttpStatusCode.TooManyRequests)
            {
                var wait = TimeSpan.FromSeconds(Math.Max(1, ex.Parameters?.RetryAfter ?? 1));
                _health.Failed(TelegramChat.Channel, GetUpdates, "429");
                log.LogWarning("Telegram asked to wait {Wait} before polling again", wait);
                await DelayAsync(wait, stoppingToken);
            }
            catch (ApiRequestException ex) when (ex.ErrorCode is (int)HttpStatusCode.Unauthorized or (int)HttpStatusCode.NotFound)
            {
                Fail(ex, "Telegram refused the bot token; check Telegram__BotToken");
                return;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                failures++;
                var wait = Backoff(failures);
                _health.Failed(TelegramChat.Channel, GetUpdates, ex is ApiRequestException api ? api.ErrorCode.ToString(System.Globalization.CultureInfo.InvariantCulture) : ex.GetType().Name);
                log.LogError(ex, "Polling Telegram failed ({Failures} in a row); retrying in {Wait}", failures, wait);
                await DelayAsync(wait, stoppingToken);
            }
        }
    }

    /// <summary>The updates of a batch that Telegram.Bot can read; one it cannot is logged and skipped, never retried.</summary>
    private Update[] Read(JsonElement[] batch)
    {
        var updates = new List<Update>(batch.Length);
        foreach (var raw in batch)
        {
            try
            {
                updates.Add(raw.Deserialize<Update>(JsonBotAPI.Options) ?? throw new JsonException("null update"));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                log.LogError(ex, "Could not read update {Update}; skipping it", UpdateId(raw));
            }
        }

        return [.. updates];
    }

    private static int UpdateId(JsonElement raw) =>
        raw.ValueKind == JsonValueKind.Object && raw.TryGetProperty("update_id", out var id) && id.TryGetInt32(out var value) ? value : 0;

    /// <summary>
    /// Handles a batch that getUpdates brought; false when that failed (the inbound path reports it for /readyz, not
    /// as a failed getUpdates), and the batch is not confirmed.
    /// </summary>
    private async Task<bool> TryHandleAsync(Update[] updates, TelegramUpdateMapper mapper, CancellationToken token)
    {
        try
        {
            await handler.HandleAsync(updates, mapper, null, token);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            log.LogError(ex, "Handling a batch of {Count} update(s) failed; it is not confirmed and comes again", updates.Length);
            return false;
        }
    }

    private async Task<TelegramUpdateMapper?> ConnectAsync(CancellationToken token)
    {
        var failures = 0;
        while (!token.IsCancellationRequested)
        {
            try
            {
                var me = await bot.GetMe(token);
                await bot.DeleteWebhook(dropPendingUpdates: false, cancellationToken: token);
                await bot.SetMyCommands(TelegramMenu.Commands(menu), cancellationToken: token);
                log.LogInformation("Connected to Telegram as @{Username}", me.Username);
                return new TelegramUpdateMapper(me.Username ?? "");
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                return null;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode is (int)HttpStatusCode.Unauthorized or (int)HttpStatusCode.NotFound)
            {
                Fail(ex, "Telegram refused the bot token; check Telegram__BotToken");
                return null;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                failures++;
                _health.Failed(TelegramChat.Channel, GetUpdates, "cannot reach Telegram: " + ex.GetType().Name);
                log.LogError(ex, "Could not reach Telegram ({Failures} in a row)", failures);
                await DelayAsync(Backoff(failures), token);
            }
        }

        return null;
    }

    private TimeSpan Backoff(int failures)
    {
        var wait = TimeSpan.FromSeconds(Math.Pow(2, Math.Min(failures - 1, 10)));
        return wait < _options.MaxPollBackoff ? wait : _options.MaxPollBackoff;
    }

    private async Task DelayAsync(TimeSpan wait, CancellationToken token)
    {
        try
        {
            await Task.Delay(wait, time, token);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private void Fail(Exception ex, string why)
    {
        _health.Failed(TelegramChat.Channel, GetUpdates, "the token was refused");
        log.LogCritical(ex, "{Why}", why);
        // A supervisor must see a failure, not a clean exit.
        Environment.ExitCode = 2;
        lifetime.StopApplication();
    }
}
