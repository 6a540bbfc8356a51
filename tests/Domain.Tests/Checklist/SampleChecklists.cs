using OneStop.Domain.Content;
using ProcedureChecklist = OneStop.Domain.Content.Checklist;

namespace OneStop.Domain.Tests.Checklist;

/// <summary>Small checklists and procedures built by hand, shaped like the ones in conversation-flows/procedures.</summary>
internal static class SampleChecklists
{
    /// <summary>
    /// tu-nop (filing yourself?) yes → can-cuoc; no → nguoi-than (a close relative?) yes → can-cuoc, no → chung-thuc;
    /// chung-thuc → can-cuoc (missing if no); can-cuoc → done (missing if no).
    /// </summary>
    public static ProcedureChecklist Proxy { get; } = new(
        "tu-nop",
        [
            Q("tu-nop", "Ông/bà tự đi nộp phải không?", "can-cuoc", "nguoi-than"),
            Q("nguoi-than", "Người đi thay là người thân phải không?", "can-cuoc", "chung-thuc"),
            Q("chung-thuc", "Đã có văn bản ủy quyền có chứng thực chưa?", "can-cuoc", "can-cuoc", missingIfNo: "Văn bản ủy quyền có chứng thực", help: "Ký trước mặt cán bộ, 10.000 đồng."),
            Q("can-cuoc", "Có thẻ căn cước còn hạn không?", "done", "done", missingIfNo: "Thẻ căn cước", help: "Công an cấp."),
        ],
        new SourceRef("procedures/sample.yaml", 1));

    /// <summary>Certified copies: no original is a blocker; a photocopy of two or more pages must have every page.</summary>
    public static ProcedureChecklist Copies { get; } = new(
        "ban-chinh",
        [
            Q("ban-chinh", "Có bản chính không?", "da-photo", "done", missingIfNo: "Bản chính", help: "Không có bản chính thì không chứng thực được."),
            Q("da-photo", "Đã photo sẵn chưa?", "du-trang", "done"),
            Q("du-trang", "Bản photo đủ các trang chưa?", "done", "done", missingIfNo: "Bản photo đủ trang", help: "Photo thêm."),
        ],
        new SourceRef("procedures/copies.yaml", 1));

    public static PageFeeRule PageFee { get; } = new(2, 2000, 1000, 200_000, Fact.Unsourced(""));

    public static Procedure Procedure(ProcedureChecklist checklist, PageFeeRule? pageFee = null, string id = "sample") => new()
    {
        Id = id,
        PlanItem = 1,
        Kind = ProcedureKind.Procedure,
        Code = "1.000000",
        Name = "Thủ tục mẫu",
        ShortName = "Mẫu",
        Keywords = [],
        Summary = Fact.Unsourced(""),
        Documents = [],
        Fee = Fact.Unsourced("8.000 đồng"),
        Time = Fact.Unsourced("Trong ngày"),
        InPerson = Fact.Unsourced("Ai cũng được"),
        WritingHelp = WritingHelp.Yes,
        WritingHelpFact = Fact.Unsourced(""),
        Online = new OnlineRoute(OnlineLevel.Full, null, Fact.Unsourced("")),
        Postal = new PostalRoute(true, true, Fact.Unsourced("")),
        SameDay = new SameDayRule(true, Fact.Unsourced("")),
        Checklist = checklist,
        PageFee = pageFee,
        Origin = new SourceRef("procedures/sample.yaml", 1),
    };

    private static ChecklistQuestion Q(string id, string ask, string yes, string no, string? missingIfNo = null, string? missingIfYes = null, string? help = null) =>
        new(id, ask, yes, no, missingIfNo, missingIfYes, help, new SourceRef("procedures/sample.yaml", 1));
}
