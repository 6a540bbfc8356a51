using System.Text;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;

namespace OneStop.Domain.Handover;

/// <summary>
/// "Hỏi cán bộ": a citizen the bot cannot help puts a question to the officials. The menu button and
/// <see cref="HandoverPayload.Ask"/> (pressed from the fallback, after anger, or by understanding for "cho gặp cán bộ")
/// lead to <see cref="AskStep"/>, where the next message is the question; it goes out as <see cref="AskStaff"/> under
/// a short code. While it is open (the edge says so in
/// <see cref="HandoverContext.OpenCode"/>), messages typed in <see cref="OpenStep"/> are added to it. Officials' answers
/// come back from the edge, worded by <see cref="HandoverScreens.Answer"/>. One open question per chat.
/// </summary>
public sealed class HandoverFeature : IConversationFeature
{
    public const string AskStep = "handover";
    public const string OpenStep = "handover-open";

    /// <summary>Characters of a message forwarded to the staff group; room is left for the header within Telegram's 4096.</summary>
    public const int MaxForwardLength = 3000;

    private readonly StaffHours _hours;
    private readonly TimeZoneInfo _zone;

    public HandoverFeature(ContentCatalog content, ConversationOptions options)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        _hours = new StaffHours(content.Calendar);
        _zone = options.Zone;
    }

    public IReadOnlyList<string> Steps { get; } = [AskStep, OpenStep];

    public string PayloadPrefix => HandoverPayload.Prefix;

    public IEnumerable<string> MessageKeys => HandoverMessageKeys.All;

    public bool TryPress(ConversationTurn turn, string payload)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!HandoverPress.TryParse(payload, out var press))
        {
            return false;
        }

        var screens = new HandoverScreens(turn.Render);
        var open = OpenCode(turn);
        if (press.Action == HandoverAction.Ask && open is null && IsUnstaffed(turn))
        {
            turn.Say(screens.Unstaffed());
            return true;
        }

        if (press.Action == HandoverAction.Ask)
        {
            turn.Machine.GoTo(open is null ? AskStep : OpenStep);
            turn.Say(Render(turn, turn.Session.State));
            return true;
        }

        if (open != press.Code)
        {
            LeaveSteps(turn);
            turn.Say(screens.AlreadyClosed());
            return true;
        }

        switch (press.Action)
        {
            case HandoverAction.Reply:
                turn.Machine.GoTo(OpenStep);
                turn.Say(screens.ReplyAsk(open));
                break;
            case HandoverAction.Contact:
                turn.Effect(new ShareContact(open));
                turn.Say(screens.ContactDone(open));
                break;
            default:
                turn.Effect(new CloseQuestion(open));
                turn.Machine.Fire(Triggers.Menu);
                var menu = turn.Render.Render(turn.Session);
                turn.Say(menu with { Text = $"{screens.Closed(open)}\n\n{menu.Text}" });
                break;
        }

        return true;
    }

    public bool TryText(ConversationTurn turn, string text, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(words);
        var state = turn.Session.State;
        var screens = new HandoverScreens(turn.Render);
        if (text.StartsWith('/'))
        {
            // A command (a deep link's "/start …", a mistyped command) is never a question to the staff.
            return false;
        }

        if (state == AskStep && OpenCode(turn) is null && IsUnstaffed(turn))
        {
            // Nobody would read it: the message is read as any other (the step was only the explanation).
            LeaveSteps(turn);
            return false;
        }

        if (state is AskStep or OpenStep)
        {
            var typed = Forwardable(turn.Incoming.Text);
            if (typed.Length == 0)
            {
                turn.Say(screens.Empty());
            }
            else if (OpenCode(turn) is { } open)
            {
                turn.Effect(new AddToQuestion(open, typed));
                turn.Machine.GoTo(OpenStep);
                turn.Say(screens.Added(open));
            }
            else if (state == AskStep)
            {
                Ask(turn, typed, screens);
            }
            else
            {
                LeaveSteps(turn);
                turn.Say(screens.AlreadyClosed());
            }

            return true;
        }

        // "cho gặp cán bộ" and the like are understanding's: it presses HandoverPayload.Ask.
        return false;
    }

    public Reply Render(ConversationTurn turn, string step)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var screens = new HandoverScreens(turn.Render);
        if (OpenCode(turn) is { } open)
        {
            return screens.Open(open);
        }

        if (step == OpenStep)
        {
            return screens.AlreadyClosed();
        }

        if (IsUnstaffed(turn))
        {
            return screens.Unstaffed();
        }

        var local = Local(turn);
        return screens.Intro(_hours.NextOpening(local), local);
    }

    private void Ask(ConversationTurn turn, string question, HandoverScreens screens)
    {
        var code = QuestionCode.Make(turn.Incoming.Chat.Key, turn.Now);
        turn.Effect(new AskStaff(code, question));
        turn.Machine.GoTo(OpenStep);
        var local = Local(turn);
        turn.Say(screens.Sent(code, _hours.NextOpening(local), local));
    }

    private static void LeaveSteps(ConversationTurn turn)
    {
        if (turn.Session.State is AskStep or OpenStep)
        {
            turn.Machine.Fire(Triggers.Menu);
        }
    }

    private static string? OpenCode(ConversationTurn turn) =>
        turn.Incoming.Context.TryGetValue(HandoverContext.OpenCode, out var code) && QuestionCode.IsWellFormed(code) ? code : null;

    private static bool IsUnstaffed(ConversationTurn turn) => turn.Incoming.Context.ContainsKey(HandoverContext.Unstaffed);

    private DateTime Local(ConversationTurn turn) => TimeZoneInfo.ConvertTime(turn.Now, _zone).DateTime;

    /// <summary>The message as typed (not folded), or "" when it holds no letter or digit (a lone "?" or emoji).</summary>
    private static string Forwardable(string raw)
    {
        var text = raw.Normalize(NormalizationForm.FormC).Trim();
        if (!text.Any(char.IsLetterOrDigit))
        {
            return "";
        }

        return text.Length <= MaxForwardLength ? text : $"{text[..MaxForwardLength]}…";
    }
}
