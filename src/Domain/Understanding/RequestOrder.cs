namespace OneStop.Domain.Understanding;

/// <summary>Which of a message's requests is answered first, and the ones a main request makes redundant.</summary>
internal static class RequestOrder
{
    /// <summary>The main request first: grief is acknowledged before anything, then what was asked to be done, then the facts, then the calendar.</summary>
    public static List<Request> Of(List<Request> requests)
    {
        // "kiểm tra hồ sơ khai tử": the dossier check carries its procedure; no card besides.
        var commanded = requests.Where(r => r.Kind == RequestKind.Checklist && r.ProcedureId is not null).Select(r => r.ProcedureId).ToHashSet();
        requests.RemoveAll(r => r.Kind == RequestKind.Overview && commanded.Contains(r.ProcedureId));

        // "hồ sơ khai tử nộp tuần trước giờ sao rồi": the procedure says which dossier, it is not asked about.
        if (requests.Any(r => r.Kind == RequestKind.Status))
        {
            requests.RemoveAll(r => r.Kind == RequestKind.Overview);
        }

        // "4 giờ chiều thứ 4 có lấy trong ngày không": the cut-off answers "trong ngày"; no procedure's time to ask for.
        if (requests.Any(r => r.Kind == RequestKind.Cutoff))
        {
            requests.RemoveAll(r => r.Kind == RequestKind.Duration && r.ProcedureId is null);
        }

        // A procedure's own answer ("không cần giấy độc thân hả") is the most precise thing asked: it leads.
        return requests.Distinct().OrderBy(r => Unanswerable(r) ? 1 : 0).ThenBy(r => OwnAnswer(r) ? 4 : Rank(r.Kind)).ThenBy(r => OwnAnswer(r) ? 0 : 1).ToList();
    }

    /// <summary>A part asked of no procedure ("cần mang gì?" alone) can only be answered by asking which: it goes last.</summary>
    private static bool Unanswerable(Request request) =>
        request.ProcedureId is null && MessageReader.IsProcedurePart(request.Kind) && request.Kind is not (RequestKind.Place or RequestKind.Writing or RequestKind.Online or RequestKind.Post);

    private static bool OwnAnswer(Request request) =>
        request.Detail is not null && request.ProcedureId is not null && MessageReader.IsProcedurePart(request.Kind);

    private static int Rank(RequestKind kind) => kind switch
    {
        RequestKind.Sorrow => 0,
        RequestKind.Anger => 1,
        RequestKind.DeleteData or RequestKind.Unsubscribe => 2,
        RequestKind.Handover or RequestKind.Status => 3,
        RequestKind.Documents or RequestKind.Overview => 4,
        _ when MessageReader.IsProcedurePart(kind) => 5,
        RequestKind.Topic => 6,
        RequestKind.Checklist => 7,
        // A clock time asked ("4 giờ chiều còn kịp không") is the sharpest of the calendar questions: it leads them.
        RequestKind.Cutoff => 8,
        RequestKind.Day or RequestKind.Wednesday or RequestKind.Hours => 9,
        RequestKind.Contact or RequestKind.Merger => 10,
        RequestKind.Reminder or RequestKind.Subscribe => 11,
        RequestKind.Feedback or RequestKind.Survey => 12,
        _ => 13,
    };
}
