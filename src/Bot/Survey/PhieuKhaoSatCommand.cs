using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using OneStop.Bot.Staff;
using OneStop.Domain.Calendar;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;
using OneStop.Domain.Survey;

namespace OneStop.Bot.Survey;

/// <summary>
/// /phieukhaosat [thủ tục] [ngày] [t4|khac] [số phiếu]: makes single-use survey tickets and sends a QR code per
/// ticket (its link written under it, to pass on by other means) and printable pages of six. What is not typed is
/// asked with buttons; the date defaults to today and "same-day" to what the calendar says about that date.
/// </summary>
internal sealed class PhieuKhaoSatCommand(
    ContentCatalog content,
    SurveyForm form,
    TicketBook book,
    TicketSecret secret,
    BotIdentity identity,
    TicketMailer mailer,
    ConversationOptions conversation,
    IOptions<SurveyOptions> options,
    StaffChat chat,
    TimeProvider time) : IStaffCommand
{
    private static readonly int[] Counts = [1, 3, 5, 10, 20];

    public string Name => "phieukhaosat";

    public string? PayloadPrefix => TicketOrder.Prefix;

    public bool Awaits(string memberKey) => false;

    public async Task HandleAsync(StaffRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var max = options.Value.MaxTicketsPerOrder;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), conversation.Zone).DateTime);
        string? unknown = null;
        var order = request.Payload is { } payload
            ? TicketOrder.FromPayload(payload, content, max)
            : TicketOrder.Parse(request.Argument, content, today, max, out unknown);
        if (order is null)
        {
            await SayAsync(request.Chat, Usage(unknown, max), null, cancellationToken);
            return;
        }

        var expires = order.Visit.AddDays(form.TicketValidDays);
        if (expires < today || order.Visit > today.AddDays(form.TicketValidDays))
        {
            await SayAsync(request.Chat, $"Dạ, ngày {VietnameseDates.Short(order.Visit)} xa quá: phiếu chỉ dùng được {form.TicketValidDays} ngày sau ngày đến. Anh/chị chọn ngày khác giúp em ạ.", null, cancellationToken);
            return;
        }

        // No one filed a dossier on a day the office was closed (a holiday, or closed at short notice): no tickets.
        if (content.Calendar.Describe(order.Visit) is { IsWorkingDay: false } closed)
        {
            await SayAsync(request.Chat, $"Dạ, ngày {VietnameseDates.Day(order.Visit)} Trung tâm nghỉ ({closed.ClosedReason}), nên không có ai đến làm thủ tục để phát phiếu. Anh/chị gõ lại lệnh với ngày khác giúp em ạ, ví dụ: /phieukhaosat {VietnameseDates.Short(content.Calendar.NextWorkingDay(order.Visit))}", null, cancellationToken);
            return;
        }

        if (order.PlanItem is not { } plan)
        {
            await SayAsync(request.Chat, $"{Describe(order)}\nAnh/chị chọn thủ tục ạ:", ProcedureButtons(order), cancellationToken);
            return;
        }

        if (order.Count is not { } count)
        {
            await SayAsync(request.Chat, $"{Describe(order)}\nAnh/chị cần mấy phiếu ạ?", CountButtons(order, plan, max), cancellationToken);
            return;
        }

        var tickets = Enumerable.Range(0, count)
            .Select(_ => new SurveyTicket(BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8)), plan, order.Visit, order.SameDay, expires))
            .ToList();
        book.Issue(tickets, today);
        var username = await identity.UsernameAsync(cancellationToken);
        var printed = tickets.Select((t, i) => Print(t, i + 1, count, username)).ToList();
        await SayAsync(request.Chat, Summary(order, count, expires), null, cancellationToken);
        await mailer.SendAsync(request.Chat, printed);
    }

    private PrintedTicket Print(SurveyTicket ticket, int number, int count, string username)
    {
        var link = BotIdentity.Link(username, TicketSeal.Seal(ticket, secret.Key));
        var lines = new List<string>
        {
            "PHIẾU GÓP Ý: quét mã bằng Telegram",
            content.Office.ShortName,
            $"{ProcedureName(ticket.PlanItem)} · {VietnameseDates.Day(ticket.VisitDate)}",
            string.Create(CultureInfo.InvariantCulture, $"Ẩn danh, dưới 1 phút · phiếu {number}/{count} · dùng đến {VietnameseDates.Short(ticket.ExpiresOn)}"),
        };
        return new PrintedTicket(TicketCode.Png(link), lines, link);
    }

    private string Describe(TicketOrder order) =>
        $"🎫 Phiếu khảo sát cho ngày {VietnameseDates.Day(order.Visit)}{(order.SameDay ? " (ngày “không viết, không hẹn”)" : "")}" +
        (order.PlanItem is { } plan ? $"\n📋 {ProcedureName(plan)}" : "");

    private string Summary(TicketOrder order, int count, DateOnly expires) =>
        $"{Describe(order)}\n✅ Đã tạo {count} phiếu. Mỗi phiếu dùng một lần, đến hết {VietnameseDates.Short(expires)}.\n" +
        "Em gửi từng mã QR (đường link ghi dưới mỗi mã, để gửi qua tin nhắn khác), rồi trang in 6 phiếu một trang.";

    private string ProcedureName(int planItem) =>
        content.Procedures.FirstOrDefault(p => p.PlanItem == planItem)?.ShortName ?? "Không ghi thủ tục";

    private List<IReadOnlyList<ReplyButton>> ProcedureButtons(TicketOrder order) =>
        content.Procedures.OrderBy(p => p.PlanItem)
            .Select(p => new ReplyButton(p.ShortName, order.Payload(p.PlanItem, order.Count)))
            .Append(new ReplyButton("Không ghi thủ tục", order.Payload(0, order.Count)))
            .Chunk(2)
            .Select(row => (IReadOnlyList<ReplyButton>)row)
            .ToList();

    private static List<IReadOnlyList<ReplyButton>> CountButtons(TicketOrder order, int plan, int max) =>
        Counts.Where(n => n <= max)
            .Select(n => new ReplyButton(n.ToString(CultureInfo.InvariantCulture), order.Payload(plan, n)))
            .Chunk(5)
            .Select(row => (IReadOnlyList<ReplyButton>)row)
            .ToList();

    private string Usage(string? unknown, int max) =>
        (unknown is null ? "Dạ, nút này không còn dùng được ạ.\n" : $"Dạ, em chưa hiểu “{unknown}” ạ.\n") +
        "Cách dùng: /phieukhaosat [thủ tục] [ngày] [t4 | khac] [số phiếu]\n" +
        $"• thủ tục: {string.Join(", ", content.Procedures.OrderBy(p => p.PlanItem).Select(p => p.Id))}, hoặc {TicketOrder.NoProcedure}\n" +
        "• ngày: dd/mm/yyyy (mặc định hôm nay)\n" +
        "• t4: ngày “không viết, không hẹn”; khac: ngày thường (mặc định theo lịch)\n" +
        $"• số phiếu: 1 đến {max}\n" +
        "Ví dụ: /phieukhaosat ket-hon 02/12/2026 t4 5. Thiếu gì em hỏi bằng nút.";

    private Task SayAsync(ChatAddress chatId, string text, IReadOnlyList<IReadOnlyList<ReplyButton>>? buttons, CancellationToken token) =>
        chat.SayAsync(chatId, text, buttons ?? [], token);
}
