using System.Text.Json;
using Microsoft.Extensions.Hosting;
using OneStop.Bot.Conversations;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.LocalChat;

/// <summary>
/// A chat in the terminal, on the same engine and storage as Telegram, for trying the bot without a token.
/// Typing a number presses that button of the last message. With --jsonl: in `{"text":"..."}` or
/// `{"press":"label or id"}`, out one JSON object per bot message.
/// </summary>
internal sealed class LocalChatService(
    TextReader input,
    LocalScreen screen,
    InboundService inbound,
    IHostApplicationLifetime lifetime) : BackgroundService
{
    // A pasted novel is read only this far; the engine reads less still.
    private const int MaxLineLength = 8192;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting (and its logs settle) before the first prompt.
        await Task.Yield();
        if (!screen.Jsonl)
        {
            screen.Note("OneStop: trò chuyện thử trong terminal. Gõ câu hỏi, hoặc gõ số để bấm nút. Ctrl+D để thoát.");
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var line = await input.ReadLineAsync(stoppingToken);
            if (line is null)
            {
                break;
            }

            if (line.Length > MaxLineLength)
            {
                line = line[..MaxLineLength];
            }

            if (Read(line) is { } incoming)
            {
                await inbound.DeliverAsync(new InboundUpdate(null, incoming));
            }
        }

        lifetime.StopApplication();
    }

    private Incoming? Read(string line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return null;
        }

        if (!screen.Jsonl)
        {
            return screen.FindButton(line.Trim()) is { Url: null } button
                ? Incoming.Pressed(LocalChatSender.Address, button.Payload)
                : Incoming.Typed(LocalChatSender.Address, line);
        }

        try
        {
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("press", out var press) && press.ValueKind == JsonValueKind.String)
            {
                var pressed = press.GetString()!;
                var payload = screen.FindButton(pressed)?.Payload ?? pressed;
                return Incoming.Pressed(LocalChatSender.Address, payload);
            }

            if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
            {
                return Incoming.Typed(LocalChatSender.Address, text.GetString()!);
            }
        }
        catch (JsonException)
        {
            // Answered below, like any other line we cannot read.
        }

        screen.Note("expected {\"text\":\"...\"} or {\"press\":\"label or id\"}");
        return null;
    }
}
