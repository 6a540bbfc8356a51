using Microsoft.Extensions.Time.Testing;
using OneStop.Bot.Tests.Support;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Tests.Transcripts;

/// <summary>
/// Dialogues as data: each *.txt file in this folder is one conversation replayed through the engine on the
/// real conversation-flows/. A new behaviour is a new transcript.
/// Lines: `> text` (the citizen types), `[label]` (presses the button with that label on the last message),
/// `@ kind` (sends something unreadable), `< words` (the bot's answer contains them), `<! words` (it does not),
/// `= step` (the conversation is now at that step), `~ 30` (30 minutes pass), `# comment`.
/// </summary>
public class TranscriptTests
{
    private static readonly string Folder = Path.Combine(Repository.Root, "tests", "Bot.Tests", "Transcripts");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Transcript(string file)
    {
        var engine = Support.Content.Engine();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(7)));
        var chat = new ChatAddress("test", "1");
        var session = new Session();
        IReadOnlyList<Reply> last = [];
        var number = 0;
        foreach (var raw in File.ReadAllLines(Path.Combine(Folder, file)))
        {
            number++;
            var line = raw.Trim();
            var where = $"{file}:{number}";
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith("> ", StringComparison.Ordinal))
            {
                last = engine.Handle(session, Incoming.Typed(chat, line[2..]), time.GetUtcNow()).Replies;
            }
            else if (line.StartsWith('[') && line.EndsWith(']'))
            {
                var label = line[1..^1];
                var button = last.SelectMany(r => r.AllButtons).FirstOrDefault(b => b.Label.Contains(label, StringComparison.Ordinal));
                Assert.True(button is not null, $"{where}: no button '{label}' in: {Dump(last)}");
                last = engine.Handle(session, Incoming.Pressed(chat, button.Payload), time.GetUtcNow()).Replies;
            }
            else if (line.StartsWith("@ ", StringComparison.Ordinal))
            {
                last = engine.Handle(session, new Incoming(chat, IncomingKind.Unreadable, line[2..]), time.GetUtcNow()).Replies;
            }
            else if (line.StartsWith("<! ", StringComparison.Ordinal))
            {
                Assert.False(Dump(last).Contains(line[3..], StringComparison.Ordinal), $"{where}: the answer should not contain '{line[3..]}': {Dump(last)}");
            }
            else if (line.StartsWith("< ", StringComparison.Ordinal))
            {
                Assert.True(Dump(last).Contains(line[2..], StringComparison.Ordinal), $"{where}: expected '{line[2..]}' in: {Dump(last)}");
            }
            else if (line.StartsWith("~ ", StringComparison.Ordinal))
            {
                time.Advance(TimeSpan.FromMinutes(int.Parse(line[2..], System.Globalization.CultureInfo.InvariantCulture)));
            }
            else if (line.StartsWith("= ", StringComparison.Ordinal))
            {
                Assert.True(session.State == line[2..], $"{where}: expected step '{line[2..]}', the conversation is at '{session.State}'");
            }
            else
            {
                Assert.Fail($"{where}: cannot read this line: {line}");
            }

            time.Advance(TimeSpan.FromSeconds(30));
        }
    }

    private static string Dump(IReadOnlyList<Reply> replies) =>
        string.Join("\n---\n", replies.Select(r => r.Text + "\n" + string.Join(" | ", r.AllButtons.Select(b => b.Label))));
}
