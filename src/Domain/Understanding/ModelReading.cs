namespace OneStop.Domain.Understanding;

/// <summary>
/// Puts the kind model's answer together with what the rules found: the model says which kinds of request the message
/// makes; the rules say which procedure, which topic, which of a procedure's answers, and the procedure on screen.
/// </summary>
internal static class ModelReading
{
    private const double Threshold = 0.5;
    private const double Fallback = 0.3;

    private static readonly RequestKind[] Commands =
        [RequestKind.Reminder, RequestKind.Unsubscribe, RequestKind.DeleteData];

    public static Meaning Combine(RuleReading reading, IReadOnlyList<(RequestKind Kind, double Probability)> predicted)
    {
        var kinds = predicted.Where(p => p.Probability >= Threshold).Select(p => p.Kind).ToList();
        if (kinds.Count == 0 && predicted.Count > 0 && predicted[0].Probability >= Fallback)
        {
            kinds.Add(predicted[0].Kind);
        }

        // What a person asks the bot to do ("kiểm tra hồ sơ", "nhắc tôi", "hủy đăng ký") is said in few, fixed words
        // that the rules know better than a model learnt from a thousand sentences.
        foreach (var kind in reading.Meaning.Requests.Select(r => r.Kind).Where(Commands.Contains))
        {
            if (!kinds.Contains(kind))
            {
                kinds.Add(kind);
            }
        }

        if (ReadingRules.IsCheckButtonTyped(reading.Words))
        {
            kinds.Remove(RequestKind.Status);
            kinds.RemoveAll(MessageReader.IsProcedurePart);
            kinds.Add(RequestKind.Checklist);
        }

        var requests = new List<Request>();
        if (kinds.Remove(RequestKind.Sorrow))
        {
            requests.Add(new Request(RequestKind.Sorrow));
        }

        if (kinds.Count > 0 && kinds.All(k => k is RequestKind.Feedback or RequestKind.Ack or RequestKind.Greeting) && ReadingRules.AsksOutright(reading.Raw, reading.Words)
            && reading.Meaning.Requests.Any(r => r.Kind is not (RequestKind.Feedback or RequestKind.Ack or RequestKind.Greeting or RequestKind.Unknown or RequestKind.Sorrow)))
        {
            // "em cảm ơn nhiều, cho em hỏi thêm …": the thanks around a question made the model hear only thanks; the
            // question the rules found is what the message is for.
            return reading.Meaning;
        }

        if (reading.Cutoff && reading.Procedures.Count == 0 && reading.OnScreen is null && kinds.Remove(RequestKind.Duration) && !kinds.Contains(RequestKind.Cutoff))
        {
            // "trước 15h nộp thì lấy trong ngày được không": with a clock time and no procedure, "in the day" is the cut-off.
            kinds.Add(RequestKind.Cutoff);
        }

        var upset = kinds.Count > 0 && kinds.All(k => k is RequestKind.Anger or RequestKind.Feedback);
        if (upset)
        {
            // "máy trả lời sai hoài, tui hỏi giờ làm việc thôi": the anger is heard, and so is the question about the desk.
            kinds.AddRange(reading.Meaning.Requests.Select(r => r.Kind).Where(k => k is RequestKind.Hours or RequestKind.Day
                or RequestKind.Cutoff or RequestKind.Wednesday or RequestKind.Contact).Distinct());
        }

        var parts = kinds.Where(MessageReader.IsProcedurePart).ToList();
        var asksInsideComplaint = upset && ComplaintRules.AsksSomething(reading.Words);
        if (parts.Count == 0 && reading.Procedures.Count > 0
            && (kinds.All(k => k is RequestKind.Sorrow or RequestKind.Ack or RequestKind.Greeting) || asksInsideComplaint))
        {
            // A procedure is named but the model heard nothing asked at all (a long story dilutes a question, a
            // complaint drowns it): the rules' reading of what is asked about it stands.
            parts = reading.Meaning.Requests.Where(r => MessageReader.IsProcedurePart(r.Kind)).Select(r => r.Kind).Distinct().ToList();
        }

        var grieving = requests.Count > 0;
        var procedures = reading.Procedures.Count > 0 ? reading.Procedures
            : parts.Count > 0 && grieving && reading.OnScreen is null ? [ReadingRules.DeathProcedure]
            : parts.Count > 0 && reading.OnScreen is not null ? [reading.OnScreen]
            : [];
        if (procedures.Count == 0)
        {
            requests.AddRange(parts.Where(k => k is not (RequestKind.Overview or RequestKind.Detail)).Select(k => new Request(k)));
        }

        if (reading.Procedures.Count == 0 && parts.Contains(RequestKind.Overview))
        {
            // A question after a card that names no procedure asks about a part of it, not for the card again.
            parts.Remove(RequestKind.Overview);
            if (parts.Count == 0)
            {
                parts.Add(RequestKind.Detail);
            }
        }

        foreach (var procedure in procedures)
        {
            var own = parts.Count > 1 ? parts.Where(k => k != RequestKind.Overview).ToList() : parts;
            foreach (var kind in own)
            {
                var answer = reading.Answers.FirstOrDefault(a => a.ProcedureId == procedure && a.Kind == kind);
                requests.Add(new Request(kind, procedure, answer.AnswerId));
            }
        }

        foreach (var procedure in procedures)
        {
            // "có phải đi báo liền không hay để xong đám": a deadline or a validity is asked in phrases the office wrote
            // for that procedure; a long story can hide them from the model, never from the rules.
            foreach (var answer in reading.Answers.Where(a => a.ProcedureId == procedure && a.Kind is RequestKind.Deadline or RequestKind.Validity))
            {
                if (!requests.Any(r => r.ProcedureId == procedure && r.Kind == answer.Kind))
                {
                    requests.Add(new Request(answer.Kind, procedure, answer.AnswerId));
                }
            }
        }

        if (!kinds.Contains(RequestKind.Topic) && procedures.Contains(ReadingRules.DeathProcedure) && reading.Topics.Contains(ReadingRules.AfterDeathTopic))
        {
            // "lãnh tiền mai táng", "cắt khẩu" beside a death: what the family must do next, read by its keywords.
            requests.Add(new Request(RequestKind.Topic, Detail: ReadingRules.AfterDeathTopic));
        }

        if (kinds.Contains(RequestKind.Topic))
        {
            var topics = reading.Topics.Count > 0 ? reading.Topics : reading.NamedTopics;
            requests.AddRange(topics.Select(t => new Request(RequestKind.Topic, Detail: t)));
        }

        if (reading.TopicFromContext && procedures.Count == 0 && !requests.Any(r => r.Kind == RequestKind.Topic))
        {
            // A part asked right after a topic the bot does not cover ("hết hạn chưa"): that topic again, not "which procedure?".
            requests.RemoveAll(r => r.ProcedureId is null && MessageReader.IsProcedurePart(r.Kind));
            requests.AddRange(reading.Topics.Select(t => new Request(RequestKind.Topic, Detail: t)));
        }

        foreach (var kind in kinds.Where(k => !MessageReader.IsProcedurePart(k) && k != RequestKind.Topic))
        {
            var procedure = kind is RequestKind.Cutoff or RequestKind.Reminder or RequestKind.Checklist
                ? procedures.Count == 1 ? procedures[0] : reading.OnScreen
                : null;
            requests.Add(new Request(kind, procedure));
        }

        if (requests.Any(r => r.Kind is not (RequestKind.Greeting or RequestKind.Ack)))
        {
            requests.RemoveAll(r => r.Kind is RequestKind.Greeting or RequestKind.Ack);
        }

        return requests.Count == 0 ? reading.Meaning : new Meaning(RequestOrder.Of(requests), reading.Words);
    }
}
