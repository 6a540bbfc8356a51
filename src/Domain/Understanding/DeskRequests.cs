namespace OneStop.Domain.Understanding;

/// <summary>
/// The requests about the desk, its calendar and the conversation: a day only when one is named, a clock time as the
/// cut-off, the procedure a cut-off, a reminder or a dossier check is about.
/// </summary>
internal static class DeskRequests
{
    public static void Add(List<Request> requests, List<RequestKind> kinds, string raw, IReadOnlyList<string> words, List<string> procedures, DialogueContext context)
    {
        var desk = kinds.Where(k => !MessageReader.IsProcedurePart(k)).Distinct().ToList();
        var namesDay = DayMention.NamesDay(raw, words);
        var clock = DayMention.NamesClockTime(words);

        // "có làm không" asks about a day only when a day is named; "thứ 4 tuần sau ngày mấy" is a day on its own.
        if (desk.Contains(RequestKind.Day) && !namesDay)
        {
            desk.Remove(RequestKind.Day);
        }

        if (clock && !desk.Contains(RequestKind.Hours))
        {
            desk.Add(RequestKind.Cutoff);
        }

        if (desk.Contains(RequestKind.Cutoff))
        {
            desk.Remove(RequestKind.Hours);
        }

        if (namesDay && !desk.Contains(RequestKind.Day) && !desk.Contains(RequestKind.Wednesday) && !desk.Contains(RequestKind.Cutoff)
            && requests.Count == 0 && desk.All(k => k is RequestKind.Greeting or RequestKind.Ack or RequestKind.Hours))
        {
            desk.Add(RequestKind.Day);
        }

        // "hủy đăng ký kết hôn" asks about a procedure; it does not stop notices.
        if (procedures.Count > 0)
        {
            desk.Remove(RequestKind.Subscribe);
            desk.Remove(RequestKind.Unsubscribe);
        }

        foreach (var kind in desk)
        {
            // The procedure a cut-off, a reminder or a dossier check is about ("kết hôn 3 giờ chiều còn kịp không").
            var procedure = kind is RequestKind.Cutoff or RequestKind.Reminder or RequestKind.Checklist
                ? procedures.Count == 1 ? procedures[0] : procedures.Count == 0 ? context.ProcedureId : null
                : null;
            requests.Add(new Request(kind, procedure));
        }
    }
}
