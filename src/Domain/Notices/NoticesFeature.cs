using OneStop.Domain.Content;
using OneStop.Domain.Conversation;
using OneStop.Domain.Understanding;
using OneStop.Domain.Text;

namespace OneStop.Domain.Notices;

/// <summary>
/// Notices from the Trung tâm (holidays, changed hours, "bring your chip CCCD"): a citizen opts in with a button,
/// /dangky or "nhận thông báo", may pick an area (tổ dân phố / thôn from office.yaml) so notices can be aimed,
/// and stops with /huy, "hủy đăng ký", "stop" or the button under every notice. Changes go out as effects; the
/// subscription is mirrored in the session (<see cref="NoticeSubscription"/>).
/// </summary>
public sealed class NoticesFeature : IConversationFeature, IConversationObserver
{
    public const string Step = "notices";
    public const string AreaStep = "notices-area";

    private readonly ContentCatalog _content;
    private readonly NoticeAreas _areas;

    public NoticesFeature(ContentCatalog content)
    {
        _content = content ?? throw new ArgumentNullException(nameof(content));
        _areas = new NoticeAreas(content);
    }

    public IReadOnlyList<string> Steps { get; } = [Step, AreaStep];

    public string PayloadPrefix => NoticePress.Prefix;

    public IReadOnlyList<SlashCommand> Commands { get; } =
    [
        new("/dangky", "Nhận thông báo của Trung tâm", MenuPlace: 40),
        // People write it as they say it.
        new("/dangki", "Nhận thông báo của Trung tâm", MenuPlace: null),
    ];

    public IEnumerable<string> MessageKeys => NoticeMessageKeys.All;

    public bool TryPress(ConversationTurn turn, string payload)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!NoticePress.TryParse(payload, out var press))
        {
            return false;
        }

        switch (press.Action)
        {
            case NoticeAction.Subscribe:
                Subscribe(turn);
                return true;
            case NoticeAction.Unsubscribe:
                Unsubscribe(turn);
                return true;
            case NoticeAction.ShowAreas:
                turn.Machine.GoTo(_areas.Count > 0 ? AreaStep : Step);
                turn.Say(Render(turn, turn.Session.State));
                return true;
            case NoticeAction.ChooseArea when press.Area < _areas.Count:
                ChooseArea(turn, _areas[press.Area]);
                return true;
            case NoticeAction.NoArea:
                ChooseArea(turn, null);
                return true;
            default:
                // An area index beyond office.yaml's list: forged, or the list was shortened since.
                return false;
        }
    }

    /// <summary>/dangky: asks for consent first.</summary>
    public void OnCommand(ConversationTurn turn, SlashCommand command, string text) => AskConsent(turn);

    public bool TryText(ConversationTurn turn, string text, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(words);
        if (turn.Session.State == Step && !NoticeSubscription.IsOn(turn.Session) && NoticeWords.IsAgree(words))
        {
            Subscribe(turn);
            return true;
        }

        if (turn.Session.State == AreaStep)
        {
            if (NoticeWords.IsNoArea(words))
            {
                ChooseArea(turn, null);
                return true;
            }

            if (_areas.Find(words) is { } area)
            {
                ChooseArea(turn, area);
                return true;
            }
        }

        return false;
    }

    /// <summary>"đăng ký nhận tin" asks for consent first (the subscription keeps personal data); "thôi đừng gửi nữa" stops at once.</summary>
    public bool TryAnswer(ConversationTurn turn, Request request)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        switch (request.Kind)
        {
            case RequestKind.Subscribe:
                AskConsent(turn);
                return true;
            case RequestKind.Unsubscribe:
                Unsubscribe(turn);
                return true;
            default:
                return false;
        }
    }

    private void AskConsent(ConversationTurn turn)
    {
        if (NoticeSubscription.IsOn(turn.Session))
        {
            // Already subscribed: say so (and the area), nothing to agree to again.
            Subscribe(turn);
            return;
        }

        // The card being looked at when asking counts as a procedure asked about, once the citizen agrees.
        if (turn.Session.State == Flow.ProcedureStep && turn.Session.ProcedureId is { } current && _content.FindProcedure(current) is not null)
        {
            NoticeSubscription.AddAsked(turn.Session, current);
        }

        turn.Machine.GoTo(Step);
        turn.Say(Render(turn, Step));
    }

    public Reply Render(ConversationTurn turn, string step)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var render = turn.Render;
        if (step == AreaStep)
        {
            return new Reply(render.Say("notices.area.ask"), _areas.Buttons(render));
        }

        if (!NoticeSubscription.IsOn(turn.Session))
        {
            // The explanation comes first and the button says "agree": opting in is informed consent.
            return new Reply(render.Say("notices.about"),
            [
                [new ReplyButton(render.Say("button.notices-agree"), NoticePress.Subscribe)],
                render.NavigationRow(),
            ]);
        }

        List<IReadOnlyList<ReplyButton>> rows = [];
        if (_areas.Count > 0)
        {
            rows.Add([new ReplyButton(render.Say("button.notices-area"), NoticePress.ShowAreas)]);
        }

        rows.Add([new ReplyButton(render.Say("button.notices-off"), NoticePress.Unsubscribe)]);
        rows.Add(render.NavigationRow());
        return new Reply($"{render.Say("notices.on")}\n{NoticeAreas.Line(turn)}", rows);
    }

    public void Observe(ConversationTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var session = turn.Session;
        if (session.Deleted)
        {
            return;
        }

        if (!NoticeSubscription.IsOn(session))
        {
            return;
        }

        switch (turn.Incoming.Kind)
        {
            case IncomingKind.Blocked:
                // Telegram: the citizen blocked the bot or deleted the account. Nothing can reach them any more.
                NoticeSubscription.Clear(session);
                turn.Effect(new StopNotices());
                return;
            case IncomingKind.Text when CommandWords.TryParseSlash(turn.Incoming.Text, out var command, out _) && command == GlobalCommand.Cancel:
                // The issue's rule: "/huy" stops notices too (the engine has already cancelled the current step).
                NoticeSubscription.Clear(session);
                turn.Effect(new StopNotices());
                turn.Say(Stopped(turn.Render));
                return;
            case IncomingKind.Text when IsCancelWord(turn):
                // The bare word "hủy" only cancels the current step; say how to stop notices in case that was meant.
                turn.Say(new Reply(turn.Render.Say("notices.cancel-hint"),
                    [[new ReplyButton(turn.Render.Say("button.notices-off"), NoticePress.Unsubscribe)]]));
                return;
        }

        if (session.State == Flow.ProcedureStep && session.ProcedureId is { } opened
            && _content.FindProcedure(opened) is not null && NoticeSubscription.AddAsked(session, opened))
        {
            turn.Effect(new NoteNoticeInterest(opened));
        }
    }

    private void Subscribe(ConversationTurn turn)
    {
        var render = turn.Render;
        var session = turn.Session;
        if (NoticeSubscription.IsOn(session))
        {
            turn.Machine.GoTo(Step);
            turn.Say(Render(turn, Step) with { Text = $"{render.Say("notices.already")}\n{NoticeAreas.Line(turn)}" });
            return;
        }

        NoticeSubscription.Set(session, null);
        // The card being looked at when subscribing counts as a procedure asked about.
        if (session.State == Flow.ProcedureStep && session.ProcedureId is { } current && _content.FindProcedure(current) is not null)
        {
            NoticeSubscription.AddAsked(session, current);
        }

        turn.Effect(new SubscribeToNotices(null, NoticeSubscription.Asked(session)));
        if (_areas.Count == 0)
        {
            turn.Machine.Fire(Triggers.Menu);
            turn.Say(AtMenu(render, render.Say("notices.subscribed")));
            return;
        }

        turn.Machine.GoTo(AreaStep);
        turn.Say(new Reply($"{render.Say("notices.subscribed")}\n\n{render.Say("notices.area.ask")}", _areas.Buttons(render)));
    }

    private void ChooseArea(ConversationTurn turn, string? area)
    {
        var render = turn.Render;
        var session = turn.Session;
        var wasOn = NoticeSubscription.IsOn(session);
        NoticeSubscription.Set(session, area);
        turn.Effect(new SubscribeToNotices(area, NoticeSubscription.Asked(session)));
        var said = area is null ? render.Say("notices.area.cleared") : $"{render.Say("notices.area.saved")}\n{NoticeAreas.Line(turn)}";
        if (!wasOn)
        {
            // A tap on an area button of an older message, after opting out: the tap is the new consent.
            said = $"{render.Say("notices.subscribed")}\n\n{said}";
        }

        turn.Machine.Fire(Triggers.Menu);
        turn.Say(AtMenu(render, said));
    }

    private void Unsubscribe(ConversationTurn turn)
    {
        var render = turn.Render;
        // Asked of the list even when this session knows no subscription (a citizen reached as a reminder holder,
        // or a list changed behind the session): an explicit "stop" must stop whatever is queued.
        var wasOn = NoticeSubscription.IsOn(turn.Session);
        NoticeSubscription.Clear(turn.Session);
        turn.Effect(new StopNotices());
        if (!wasOn)
        {
            turn.Say(new Reply(render.Say("notices.not-subscribed"),
            [
                [new ReplyButton(render.Say("button.notices-on"), NoticePress.Subscribe)],
                render.MenuOnly()[0],
            ]));
            return;
        }

        if (Steps.Contains(turn.Session.State))
        {
            turn.Machine.Fire(Triggers.Menu);
        }

        turn.Say(Stopped(render));
    }

    private static Reply Stopped(StepRenderer render) => new(render.Say("notices.stopped"),
    [
        [new ReplyButton(render.Say("button.notices-on"), NoticePress.Subscribe)],
        render.MenuOnly()[0],
    ]);

    private Reply AtMenu(StepRenderer render, string lead) => render.Render(_content.Flow.Find(_content.Flow.Start)!, lead);

    private static bool IsCancelWord(ConversationTurn turn) =>
        !turn.Incoming.Text.TrimStart().StartsWith('/')
        && CommandWords.FromWords(TextFolding.Words(turn.Incoming.Text)) == GlobalCommand.Cancel;
}
