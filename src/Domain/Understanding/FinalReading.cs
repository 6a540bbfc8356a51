namespace OneStop.Domain.Understanding;

/// <summary>
/// The last word on a reading, after the rules and the model: what a few fixed words say about the whole message
/// whatever the rest of it seems to say.
/// </summary>
internal static class FinalReading
{
    public static Meaning Of(Meaning meaning)
    {
        if (IsCorrection(meaning))
        {
            return new Meaning([new Request(RequestKind.Unknown)], meaning.Words);
        }

        return ComplaintRules.TripsComplaint(meaning.Words) ? AsComplaint(meaning) : meaning;
    }

    /// <summary>"không phải bản sao, làm mới": a correction the bot could not place is not an "ok" to answer "Dạ vâng".</summary>
    private static bool IsCorrection(Meaning meaning) =>
        meaning.Requests is [{ Kind: RequestKind.Ack }]
        && meaning.Words.Select((w, i) => i > 0 && w == "phai" && meaning.Words[i - 1] is "khong" or "chang").Any(b => b);

    /// <summary>Trips that came to nothing are a complaint about past visits, beside whatever else is asked; never an "ok".</summary>
    private static Meaning AsComplaint(Meaning meaning)
    {
        if (meaning.Requests.Any(r => r.Kind is RequestKind.Feedback or RequestKind.Anger))
        {
            return meaning;
        }

        // "lên xã 2 lần rồi mà lần nào cũng bảo thiếu" asks nothing: a part guessed from "lên xã" would answer what was not asked.
        var asks = ComplaintRules.AsksSomething(meaning.Words);
        var requests = meaning.Requests
            .Where(r => r.Kind is not (RequestKind.Ack or RequestKind.Greeting or RequestKind.Unknown))
            .Where(r => asks || r.Kind == RequestKind.Sorrow)
            .ToList();
        requests.Add(new Request(RequestKind.Feedback));
        return new Meaning(RequestOrder.Of(requests), meaning.Words);
    }
}
