using Microsoft.Extensions.Logging;
using OneStop.Bot.Conversations;
using OneStop.Domain.Conversation;
using OneStop.Bot.Observability;
using OneStop.Bot.Safekeeping;
using OneStop.Bot.Storage;

namespace OneStop.Bot.Staff;

/// <summary>
/// Routes staff commands, staff buttons and staff follow-ups to their tools, before the citizen conversation
/// sees them, from whichever channel the official uses. Anyone not named in configuration who tries one is refused
/// politely and logged.
/// </summary>
internal sealed class StaffDesk(
    IEnumerable<IStaffCommand> commands,
    StaffDirectory directory,
    StaffChat chat,
    ConversationService conversations,
    ChatPseudonym names,
    ILogger<StaffDesk> log)
{
    private const string Refusal = "Dạ, chức năng này chỉ dành cho cán bộ của Trung tâm ạ.";

    private readonly List<IStaffCommand> _commands = commands.ToList();

    public IReadOnlyList<IStaffCommand> Commands => _commands;

    /// <summary>True when the update is a staff command or a staff tool's button (whoever sent it), or an official's awaited follow-up.</summary>
    public bool Claims(InboundUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        return _commands.Count > 0 && update.From is not null && Read(update).Target is not null;
    }

    /// <summary>
    /// Handles a staff matter (<see cref="Claims"/> said so) exactly once: what the tool writes, the messages it sends
    /// (all through the outbox) and the update's handled mark are one transaction (see
    /// <see cref="ConversationService.HandleOutside"/>), so a kill before the commit leaves nothing and the update comes
    /// again, and a delivery after it is skipped. A tool that fails leaves nothing either: it is logged, and the
    /// official told so. Only a failed write reaches the caller, which confirms nothing then. Returns what to show on a
    /// pressed button (a refusal), or null.
    /// </summary>
    public async Task<string?> HandleAsync(InboundUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        var (member, target, request) = Read(update);
        if (target is null || request is null)
        {
            return null;
        }

        string? answer = null;
        try
        {
            await OnceAsync(update, async () =>
            {
                if (member is null)
                {
                    answer = await RefuseAsync(update, target);
                    return;
                }

                await target.HandleAsync(request with { Member = member }, cancellationToken);
            });
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException && !WriteOutage.IsWriteFailure(ex))
        {
            log.LogError(ex, "Staff tool '{Tool}' failed for {User}", target.Name, member?.Key);
            await OnceAsync(update, () => chat.SayAsync(update.Incoming.Chat, "Dạ, chức năng gặp lỗi, anh/chị thử lại sau ít phút ạ.", CancellationToken.None));
        }

        return answer;
    }

    /// <summary>Runs <paramref name="work"/>, awaits and all, on one thread inside the update's one transaction.</summary>
    private Task<bool> OnceAsync(InboundUpdate update, Func<Task> work) =>
        SingleThreadWork.RunAsync(() => conversations.HandleOutside(update, () => SingleThreadWork.Wait(async () =>
        {
            await work();
            return true;
        })));

    private async Task<string?> RefuseAsync(InboundUpdate update, IStaffCommand target)
    {
        log.LogWarning("Refused staff tool '{Tool}' to a person not on the staff list in {Chat}", target.Name, names.Of(update.Incoming.Chat.Key));
        if (update.Incoming.Kind == IncomingKind.Button)
        {
            // Said on the button itself, by the one answer the press gets.
            return Refusal;
        }

        await chat.SayAsync(update.Incoming.Chat, Refusal, CancellationToken.None);
        return null;
    }

    private (StaffMember? Member, IStaffCommand? Target, StaffRequest? Request) Read(InboundUpdate update)
    {
        if (update.From is not { } from)
        {
            return (null, null, null);
        }

        var member = directory.Find(from);
        var placeholder = new StaffMember();
        var incoming = update.Incoming;
        if (incoming.Kind == IncomingKind.Button)
        {
            var data = incoming.Text;
            var colon = data.IndexOf(':', StringComparison.Ordinal);
            var prefix = colon > 0 ? data[..colon] : data;
            var tool = _commands.FirstOrDefault(c => c.PayloadPrefix == prefix);
            return (member, tool, tool is null ? null : new StaffRequest(incoming.Chat, placeholder, tool.Name, "", data, PressedMessageId: update.PressedMessageId));
        }

        if (incoming.Kind is not (IncomingKind.Text or IncomingKind.Unreadable) || update.Text is not { } text)
        {
            return (member, null, null);
        }

        if (text.StartsWith('/'))
        {
            var space = text.IndexOfAny([' ', '\n']);
            var name = (space < 0 ? text : text[..space])[1..];
            var at = name.IndexOf('@', StringComparison.Ordinal);
            name = at > 0 ? name[..at] : name;
            var tool = _commands.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
            var argument = space < 0 ? "" : text[(space + 1)..].Trim();
            return (member, tool, tool is null ? null : new StaffRequest(incoming.Chat, placeholder, tool.Name, argument, null, text, update.PhotoId) { MessageId = update.MessageId });
        }

        if (update.ReplyToMessageId is { } replyTo
            && long.TryParse(incoming.Chat.Id.Split(':')[0], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var chatId)
            && _commands.FirstOrDefault(c => c.ClaimsReply(chatId, replyTo, update.ReplyToText ?? "")) is { } answering)
        {
            var reply = new StaffRequest(incoming.Chat, placeholder, answering.Name, text, null, text, update.PhotoId)
            {
                MessageId = update.MessageId,
                ReplyToMessageId = replyTo,
                ReplyToText = update.ReplyToText,
            };
            return (member, answering, reply);
        }

        // A follow-up is a staff matter only for an official a tool waits for; anyone else is a citizen.
        var waiting = member is null ? null : _commands.FirstOrDefault(c => c.Awaits(member.Key));
        return (member, waiting, waiting is null ? null : new StaffRequest(incoming.Chat, placeholder, waiting.Name, text, null, text, update.PhotoId) { MessageId = update.MessageId });
    }
}
