using Microsoft.Extensions.Logging;
using OneStop.Bot.Conversations;
using OneStop.Domain.Conversation;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace OneStop.Bot.Telegram;

/// <summary>
/// What polling and the webhook share: a batch of Telegram updates translated and handed to the one inbound path,
/// then every button press answered once.
/// </summary>
internal sealed class TelegramUpdateHandler(ITelegramBotClient bot, InboundService inbound, ILogger<TelegramUpdateHandler> log)
{
    /// <summary>
    /// The batch, translated, goes to the one inbound path (which drops what a previous run handled: Telegram delivers
    /// the last batch again after a restart). Then every button press is answered, once, or the citizen's app shows a
    /// spinner; a staff button pressed by someone not on the list is answered with the refusal.
    /// </summary>
    public async Task HandleAsync(IReadOnlyList<Update> updates, TelegramUpdateMapper mapper, Func<Update, string>? eventKey, CancellationToken token)
    {
        var ordered = updates.OrderBy(u => u.Id).ToList();
        var mapped = new List<InboundUpdate>(ordered.Count);
        var queries = new List<string?>(ordered.Count);
        foreach (var update in ordered)
        {
            try
            {
                if (mapper.Map(update) is { } one)
                {
                    // A stored update is told apart by its key alone: webhook deliveries may come out of update_id order.
                    mapped.Add(eventKey is null ? one : one with { Sequence = null, EventKey = eventKey(update) });
                    queries.Add(update.CallbackQuery?.Id);
                }
                else if (eventKey is not null)
                {
                    // A stored update the bot stays silent on is still marked handled, or it would be read again.
                    mapped.Add(Nothing(update, eventKey(update)));
                    queries.Add(null);
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                log.LogError(ex, "Could not read update {Update}; skipping it", update.Id);
                if (eventKey is not null)
                {
                    mapped.Add(Nothing(update, eventKey(update)));
                    queries.Add(null);
                }
            }
        }

        var answers = await inbound.HandleAsync(mapped, token);
        var answered = new HashSet<string>(StringComparer.Ordinal);
        var presses = new List<Task>();
        for (var i = 0; i < mapped.Count; i++)
        {
            if (queries[i] is { } query && answered.Add(query))
            {
                presses.Add(AnswerQuietlyAsync(query, token, answers[i]));
            }
        }

        // Presses without data (or that could not be read) get their answer too.
        presses.AddRange(ordered.Select(u => u.CallbackQuery?.Id).OfType<string>().Where(answered.Add).Select(q => AnswerQuietlyAsync(q, token)));
        await Task.WhenAll(presses);
    }

    private async Task AnswerQuietlyAsync(string queryId, CancellationToken token, string? text = null)
    {
        try
        {
            await bot.AnswerCallbackQuery(queryId, text, cancellationToken: token);
        }
        catch (Exception ex) when (ex is ApiRequestException or RequestException or HttpRequestException)
        {
            // "query is too old" after a restart: the reply itself still goes out.
            log.LogDebug(ex, "Could not answer button press {Query}", queryId);
        }
    }

    private static InboundUpdate Nothing(Update update, string key) =>
        new(null, new Incoming(TelegramChat.Address(0), IncomingKind.Unreadable)) { EventKey = key, Silent = true };
}
