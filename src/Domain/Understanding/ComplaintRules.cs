using OneStop.Domain.Text;

namespace OneStop.Domain.Understanding;

/// <summary>
/// A citizen who came back again and again ("lên xã 2 lần rồi mà lần nào cũng bảo thiếu", "hẹn tới hẹn lui") is
/// complaining about past visits, whatever else the message asks, and is never saying "ok": the bot says sorry and
/// offers the dossier check, the help that spares another trip.
/// </summary>
internal static class ComplaintRules
{
    // Sent home for a missing paper: a wasted trip even uncounted, but alone ("còn thiếu giấy gì") not yet a complaint.
    private static readonly PhraseSet SentBack = new(
        "thieu giay", "thieu giay to", "thieu cai", "thieu gi do", "bat ve", "bat bo sung");

    // Put off again and again, or every visit in vain: a complaint by itself.
    private static readonly PhraseSet PutOff = new(
        "hen toi hen lui", "hen lui hen toi", "hen hoai", "hen di hen lai", "hen lan hen lua", "di toi di lui", "di di lai lai", "lan nao cung");

    // Coming back, counted: a complaint once it came to nothing ("xin 2 lần" is a plan).
    private static readonly PhraseSet Repeats = new(
        "len may lan", "di may lan", "di lai may lan", "len xuong", "nhieu lan", "2 lan", "3 lan", "4 lan", "5 lan", "hai lan", "ba lan",
        "bon lan", "nam lan", "may lan roi", "may chuyen", "2 chuyen", "3 chuyen");

    // What makes a count of trips a complaint: it did not work.
    private static readonly PhraseSet Failed = new(
        "van chua", "van khong", "van thieu", "chua xong", "khong xong", "khong duoc", "chua duoc", "bao thieu", "thieu", "bat ve",
        "bat bo sung", "mat cong", "mat thoi gian", "uong cong", "phien qua", "met qua", "cuc qua", "tra ve");

    /// <summary>Coming back again and again: the dossier check is the help to offer.</summary>
    public static bool WastedTrips(IReadOnlyList<string> words) => PutOff.FoundIn(words) || Repeats.FoundIn(words) || SentBack.FoundIn(words);

    /// <summary>Trips that came to nothing: a complaint about past visits, even inside a question.</summary>
    public static bool TripsComplaint(IReadOnlyList<string> words) => PutOff.FoundIn(words) || (Repeats.FoundIn(words) && Failed.FoundIn(words));

    private static readonly PhraseSet Asking = new(
        "cho hoi", "can gi", "mang gi", "bao nhieu", "bao lau", "o dau", "lam sao", "the nao", "nhu the nao", "duoc khong", "co can",
        "phai lam gi", "con thieu gi", "thieu gi nua", "gi nua", "ra sao", "khi nao", "bao gio", "nhung gi");

    private static readonly HashSet<string> EndsAQuestion = new(StringComparer.Ordinal) { "khong", "chua", "gi", "sao", "nao", "hong", "ha", "hok", "khum", "nhi", "dau" };

    /// <summary>Whether a complaint also asks something ("… giờ có cần mang gì nữa không"), told by its question words.</summary>
    public static bool AsksSomething(IReadOnlyList<string> words) =>
        words.Count > 0 && (EndsAQuestion.Contains(words[^1]) || (words.Count > 1 && EndsAQuestion.Contains(words[^2]) && words[^1] is "a" or "vay" or "nhe" or "ta"))
        || Asking.FoundIn(words);
}
