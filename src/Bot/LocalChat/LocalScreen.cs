using System.Text.Json;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.LocalChat;

/// <summary>
/// What the terminal shows, and the buttons of the last message so that typing a number presses one.
/// Shared by the reader (<see cref="LocalChatService"/>) and the writer (<see cref="LocalChatSender"/>).
/// </summary>
internal sealed class LocalScreen(TextWriter output, LocalChatOptions options)
{
    private readonly Lock _gate = new();
    private List<ReplyButton> _buttons = [];

    public bool Jsonl => options.Jsonl;

    public void Show(Reply reply)
    {
        lock (_gate)
        {
            _buttons = reply.AllButtons.ToList();
            if (options.Jsonl)
            {
                output.WriteLine(JsonSerializer.Serialize(new
                {
                    text = reply.Text,
                    buttons = reply.Buttons.Select(row => row.Select(b => new { label = b.Label, id = b.Url?.ToString() ?? b.Payload })),
                }));
            }
            else
            {
                output.WriteLine();
                output.WriteLine(reply.Text);
                var number = 1;
                foreach (var row in reply.Buttons)
                {
                    output.WriteLine("  " + string.Join("   ", row.Select(b => $"[{number++}] {b.Label}")));
                }
            }

            output.Flush();
        }
    }

    public void Note(string text)
    {
        lock (_gate)
        {
            output.WriteLine(options.Jsonl ? JsonSerializer.Serialize(new { error = text }) : text);
            output.Flush();
        }
    }

    /// <summary>The button a number, a label or a payload names among the last message's buttons.</summary>
    public ReplyButton? FindButton(string pressed)
    {
        lock (_gate)
        {
            if (int.TryParse(pressed, out var number) && number >= 1 && number <= _buttons.Count)
            {
                return _buttons[number - 1];
            }

            return _buttons.FirstOrDefault(b => string.Equals(b.Label, pressed, StringComparison.OrdinalIgnoreCase) || b.Payload == pressed);
        }
    }
}
