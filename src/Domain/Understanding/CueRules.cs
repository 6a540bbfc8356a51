using OneStop.Domain.Text;

namespace OneStop.Domain.Understanding;

/// <summary>
/// Where a phrase that usually asks one thing says something else in its place: the cue is not taken there.
/// </summary>
internal static class CueRules
{
    // "không biết dùng điện thoại", "nộp bằng điện thoại": the phone as the tool the citizen holds.
    private static readonly HashSet<string> ToolVerbs = new(StringComparer.Ordinal)
    {
        "dung", "xai", "bam", "bang", "tren", "rang", "ranh", "choi", "cam", "mo",
    };

    // "mấy giờ có mặt", "nên có mặt lúc nào": when to arrive, not who must come.
    private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal) { "gio", "luc", "som", "nen", "tam" };

    /// <summary>Whether a cue means something else where it was found.</summary>
    public static bool Misleads(IReadOnlyList<string> words, PhraseMatch<Cue> cue, bool grieving) => cue.Target.Kind switch
    {
        RequestKind.Contact => PhoneAsTool(words, cue.Start),
        RequestKind.InPerson => ArrivalTime(words, cue.Start) || (grieving && cue.Length == 2 && IsCoMat(words, cue.Start)),
        _ => false,
    };

    // "chồng cô mất tuần trước": unaccented, "co mat" is "cô mất" (a death), not "có mặt" (being present).
    private static bool IsCoMat(IReadOnlyList<string> words, int start) => start + 1 < words.Count && words[start] == "co" && words[start + 1] == "mat";

    private static bool PhoneAsTool(IReadOnlyList<string> words, int start) =>
        start > 0 && start + 1 < words.Count && words[start] == "dien" && words[start + 1] == "thoai" && ToolVerbs.Contains(words[start - 1]);

    private static bool ArrivalTime(IReadOnlyList<string> words, int start) => start > 0 && IsCoMat(words, start) && TimeWords.Contains(words[start - 1]);
}
