using OneStop.Domain.Text;

namespace OneStop.Domain.Understanding;

/// <summary>
/// A citizen who came back again and again ("lên xã 2 lần rồi mà lần nào cũng bảo thiếu", "hẹn tới hẹn lui") is
/// complaining about past visits, whatever else the message asks, and is never saying "ok": the bot says sorry and
/// offers the dossier check, the help that spares another trip.
/// </summary>
internal static class ComplaintRules
{
    private static readonly PhraseSet Trips = new(
        "thieu giay", "thieu giay to", "thieu cai", "thieu gi do", "bat ve", "bat bo sung", "di lai may lan", "di may lan", "len may lan",
        "len xuong", "nhieu lan", "2 lan", "3 lan", "4 lan", "5 lan", "hai lan", "ba lan", "bon lan", "nam lan", "may lan roi", "may chuyen",
        "hen toi hen lui", "hen lui hen toi", "hen hoai", "hen di hen lai", "hen lan hen lua", "di toi di lui", "di di lai lai");

    // Coming back, counted or put off: what a complaint of trips needs besides a failure ("còn thiếu giấy gì" alone is a question).
    private static readonly PhraseSet Repeats = new(
        "len may lan", "di may lan", "di lai may lan", "len xuong", "nhieu lan", "2 lan", "3 lan", "4 lan", "5 lan", "hai lan", "ba lan",
        "bon lan", "nam lan", "may lan roi", "may chuyen", "2 chuyen", "3 chuyen", "hen toi hen lui", "hen lui hen toi", "hen hoai",
        "hen di hen lai", "hen lan hen lua", "di toi di lui", "di di lai lai", "lan nao cung");

    // What makes a count of trips a complaint rather than a plan ("xin 2 lần"): it did not work, or was put off.
    private static readonly PhraseSet Failed = new(
        "van chua", "van khong", "van thieu", "chua xong", "khong xong", "khong duoc", "chua duoc", "lan nao cung", "bao thieu", "thieu",
        "bat ve", "bat bo sung", "hen toi hen lui", "hen lui hen toi", "hen hoai", "hen di hen lai", "hen lan hen lua", "mat cong",
        "mat thoi gian", "uong cong", "phien qua", "met qua", "cuc qua", "di toi di lui", "di di lai lai", "tra ve");

    /// <summary>Coming back again and again: the dossier check is the help to offer.</summary>
    public static bool WastedTrips(IReadOnlyList<string> words) => Trips.FoundIn(words);

    /// <summary>Trips that came to nothing: a complaint about past visits, even inside a question.</summary>
    public static bool TripsComplaint(IReadOnlyList<string> words) => Repeats.FoundIn(words) && Failed.FoundIn(words);

    private static readonly PhraseSet Asking = new(
        "cho hoi", "can gi", "mang gi", "bao nhieu", "bao lau", "o dau", "lam sao", "the nao", "nhu the nao", "duoc khong", "co can",
        "phai lam gi", "con thieu gi", "thieu gi nua", "gi nua", "ra sao", "khi nao", "bao gio", "nhung gi");

    private static readonly HashSet<string> EndsAQuestion = new(StringComparer.Ordinal) { "khong", "chua", "gi", "sao", "nao", "hong", "ha", "hok", "khum", "nhi", "dau" };

    /// <summary>Whether a complaint also asks something ("… giờ có cần mang gì nữa không"), told by its question words.</summary>
    public static bool AsksSomething(IReadOnlyList<string> words) =>
        words.Count > 0 && (EndsAQuestion.Contains(words[^1]) || (words.Count > 1 && EndsAQuestion.Contains(words[^2]) && words[^1] is "a" or "vay" or "nhe" or "ta"))
        || Asking.FoundIn(words);
}
