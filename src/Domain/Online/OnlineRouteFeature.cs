using OneStop.Domain.Content;
using OneStop.Domain.Conversation;
using OneStop.Domain.Understanding;
using OneStop.Domain.Text;

namespace OneStop.Domain.Online;

/// <summary>
/// "Do I need to come at all?": for each procedure whether it can be done fully online, partly (and which step still
/// needs presence) or not at all; a step-by-step guide for dichvucong.gov.vn; an online fee waiver while it is in
/// force (checked against today in the commune); and the postal route (BCCI): who can send a dossier or receive a
/// result by post, and who must come.
/// </summary>
public sealed class OnlineRouteFeature(ContentCatalog content, ConversationOptions options) : IConversationFeature, ICardAddition
{
    public const string RouteStep = "online-route";
    public const string GuideStep = "online-guide";
    public const string PostalStep = "postal";

    private const string ProcedureKey = "online.procedure";
    private const string PageKey = "online.page";

    // "cách nộp trực tuyến", "hướng dẫn nộp online", "đăng nhập VNeID": a how-to about the portal, not a procedure's card.
    private static readonly PhraseSet HowWords = new("cach", "huong dan", "cac buoc", "lam sao", "the nao", "dang nhap");

    private readonly OnlineRouteWording _say = new(content);
    private readonly OnlineGuideWording _guide = new(content);
    private readonly MessageReader _reader = new(content);

    public IReadOnlyList<string> Steps { get; } = [RouteStep, GuideStep, PostalStep];

    public string PayloadPrefix => OnlinePress.Prefix;

    private const string PostalCommand = "/buudien";

    public IReadOnlyList<SlashCommand> Commands { get; } =
    [
        new("/tructuyen", "Nộp hồ sơ trực tuyến", MenuPlace: 30),
        new(PostalCommand, "Gửi hồ sơ qua bưu điện", MenuPlace: null),
    ];

    public IEnumerable<string> MessageKeys => OnlineRouteWording.Keys;

    public bool TryPress(ConversationTurn turn, string payload)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!OnlinePress.TryParse(payload, out var press))
        {
            return false;
        }

        var procedure = press.ProcedureId is { } id ? content.FindProcedure(id) : null;
        if (press.ProcedureId is not null && procedure is null)
        {
            return false;
        }

        switch (press.Kind)
        {
            case OnlinePressKind.Route when procedure is not null:
                ShowRoute(turn, procedure);
                break;
            case OnlinePressKind.Guide:
                ShowGuide(turn, procedure, press.Page);
                break;
            case OnlinePressKind.Postal:
                ShowPostal(turn, procedure);
                break;
            default:
                Remember(turn, null, null);
                GoTo(turn, RouteStep);
                turn.Say(_say.Picker(turn.Render));
                break;
        }

        return true;
    }

    public bool TryText(ConversationTurn turn, string text, IReadOnlyList<string> words) => false;

    /// <summary>/buudien: the postal page; /tructuyen: the guide, for the procedure named after it if one is.</summary>
    public void OnCommand(ConversationTurn turn, SlashCommand command, string text)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(command);
        if (command.Name == PostalCommand)
        {
            ShowPostal(turn, null);
            return;
        }

        var named = _reader.Read(text, DialogueContext.None).Requests.Select(r => r.ProcedureId).OfType<string>().Distinct().ToList();
        ShowGuide(turn, named.Count == 1 ? content.FindProcedure(named[0]) : null, 1);
    }

    /// <summary>
    /// "nộp online thế nào" gets the step-by-step guide (for the procedure asked about, if any); "gửi bưu điện được
    /// không" with no procedure gets the postal page. With a procedure, "online?" alone is answered by its card.
    /// </summary>
    public bool TryAnswer(ConversationTurn turn, Request request)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        var words = TextFolding.Words(turn.Incoming.Text);
        var procedure = request.ProcedureId is { } id ? content.FindProcedure(id) : null;
        if (request.Kind == RequestKind.Online && HowWords.FoundIn(words) && procedure?.Kind != ProcedureKind.Routing)
        {
            ShowGuide(turn, procedure, 1);
            return true;
        }

        if (request.Kind == RequestKind.Post && procedure is null)
        {
            ShowPostal(turn, null);
            return true;
        }

        return false;
    }

    public Reply Render(ConversationTurn turn, string step)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var data = turn.Session.Data;
        if (FromMenu(turn))
        {
            // A menu button leads here: a fresh start, not a procedure looked at earlier.
            Remember(turn, null, null);
        }

        var procedure = data.TryGetValue(ProcedureKey, out var id) ? content.FindProcedure(id) : null;
        var today = Today(turn);
        return step switch
        {
            RouteStep when procedure is not null => _say.Route(turn.Render, procedure, today),
            RouteStep => _say.Picker(turn.Render),
            GuideStep => _guide.Page(turn.Render, procedure, Page(data), today),
            _ => _say.Postal(turn.Render, procedure),
        };
    }

    public IEnumerable<ReplyButton> CardButtons(Procedure procedure) =>
        OnlineRouteWording.HasRoute(procedure) ? [new ReplyButton(_say.Label("button.online-route"), OnlinePress.Route(procedure.Id))] : [];

    public string? CardFooter(ConversationTurn turn, Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return OnlineRouteWording.Footer(turn.Render, procedure, Today(turn));
    }

    private void ShowRoute(ConversationTurn turn, Procedure procedure)
    {
        Remember(turn, procedure, null);
        GoTo(turn, RouteStep);
        turn.Say(_say.Route(turn.Render, procedure, Today(turn)));
    }

    private void ShowGuide(ConversationTurn turn, Procedure? procedure, int page)
    {
        Remember(turn, procedure, page);
        GoTo(turn, GuideStep);
        turn.Say(_guide.Page(turn.Render, procedure, page, Today(turn)));
    }

    private void ShowPostal(ConversationTurn turn, Procedure? procedure)
    {
        Remember(turn, procedure, null);
        GoTo(turn, PostalStep);
        turn.Say(_say.Postal(turn.Render, procedure));
    }

    private static void GoTo(ConversationTurn turn, string step)
    {
        if (turn.Session.State != step)
        {
            turn.Machine.GoTo(step);
        }
    }

    private static void Remember(ConversationTurn turn, Procedure? procedure, int? page)
    {
        var data = turn.Session.Data;
        if (procedure is null)
        {
            data.Remove(ProcedureKey);
        }
        else
        {
            data[ProcedureKey] = procedure.Id;
        }

        if (page is { } n && n > 1)
        {
            data[PageKey] = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            data.Remove(PageKey);
        }
    }

    private static int Page(Dictionary<string, string> data) =>
        data.TryGetValue(PageKey, out var text) && int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var page)
            ? Math.Clamp(page, 1, OnlinePress.GuidePages)
            : 1;

    private static bool FromMenu(ConversationTurn turn) =>
        turn.Incoming.Kind == IncomingKind.Button && ButtonPress.TryParse(turn.Incoming.Text, out var press) && press.Kind == PressKind.Flow;

    private DateOnly Today(ConversationTurn turn) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(turn.Now, options.Zone).DateTime);

}
