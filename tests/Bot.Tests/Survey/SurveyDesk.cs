using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using OneStop.Bot.Conversations;
using OneStop.Bot.Hosting;
using OneStop.Bot.Storage;
using OneStop.Bot.Survey;
using OneStop.Bot.Tests.Support;
using OneStop.Domain.Conversation;
using OneStop.Domain.Survey;

namespace OneStop.Bot.Tests.Survey;

/// <summary>
/// The survey's edge as the host wires it (AddOneStop, not started): the conversation service with the ticket check,
/// the effect handlers and a real LiteDB file in a temp folder.
/// </summary>
internal sealed class SurveyDesk : IDisposable
{
    public const long StaffGroup = -1001234567890;
    public const string Secret = "a-test-secret-of-enough-length";

    private readonly IHost _host;
    private long _updates;

    public SurveyDesk(TempFolder temp, bool withGroup = true)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Path"] = temp.File("onestop.db"),
            ["Content:Path"] = Repository.Content,
            ["Survey:TicketSecret"] = Secret,
        };
        if (withGroup)
        {
            settings["Staff:GroupChatId"] = StaffGroup.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, Args = [] });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddOneStop(Invocation.Parse([]), TextReader.Null);
        builder.Services.AddSingleton<TimeProvider>(Time);
        builder.Logging.ClearProviders();
        _host = builder.Build();
    }

    public FakeTimeProvider Time { get; } = new(SurveyChat.Tuesday);

    public BotDatabase Db => Get<BotDatabase>();

    public T Get<T>()
        where T : notnull => _host.Services.GetRequiredService<T>();

    public static string Link(SurveyTicket ticket) => TicketSeal.Seal(ticket, Encoding.UTF8.GetBytes(Secret));

    /// <summary>Handles messages in one batch, as one poll of Telegram would bring them.</summary>
    public IReadOnlyList<OutboxMessage> Handle(params Incoming[] messages)
    {
        var service = Get<ConversationService>();
        var outbox = service.Handle(messages.Select(m => new InboundUpdate(++_updates, m)).ToList());
        Time.Advance(TimeSpan.FromSeconds(20));
        return outbox;
    }

    public IReadOnlyList<OutboxMessage> Type(ChatAddress chat, string text) => Handle(Incoming.Typed(chat, text));

    public IReadOnlyList<OutboxMessage> Press(ChatAddress chat, string payload) => Handle(Incoming.Pressed(chat, payload));

    /// <summary>Presses the button with this label in the last messages sent to the chat.</summary>
    public IReadOnlyList<OutboxMessage> Press(ChatAddress chat, IReadOnlyList<OutboxMessage> last, string label)
    {
        var button = last.Where(m => m.ChatKey == chat.Key).SelectMany(m => m.Buttons.SelectMany(r => r)).First(b => b.Label.Contains(label, StringComparison.Ordinal));
        return Press(chat, button.Payload);
    }

    public void Dispose() => _host.Dispose();
}
