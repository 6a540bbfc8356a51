using OneStop.Domain.Text;

namespace OneStop.Domain.Understanding;

/// <summary>Which of the things a message names it is asking about, decided on the matches themselves, before anything else reads them.</summary>
internal static class SubjectRules
{
    private static readonly string[] PurposeWords = ["de", "de lam", "de di", "de di lam", "de xin", "de nop", "de bo sung", "de hoan thien"];

    /// <summary>
    /// "giấy độc thân để đi làm hộ chiếu": what a paper is for is not what is asked. A topic named right after "để"
    /// is dropped when something else is named too; alone ("để làm hộ chiếu thì sao") it stays.
    /// </summary>
    public static IReadOnlyList<PhraseMatch<Subject>> WithoutPurposes(IReadOnlyList<PhraseMatch<Subject>> subjects, IReadOnlyList<string> words)
    {
        bool ForSomething(PhraseMatch<Subject> s) => s.Target.IsTopic
            && PurposeWords.Any(p => p.Split(' ') is var said && s.Start >= said.Length && said.Select((w, k) => words[s.Start - said.Length + k] == w).All(b => b));
        var kept = subjects.Where(s => !ForSomething(s)).ToList();
        return kept.Count > 0 && kept.Count < subjects.Count ? kept : subjects;
    }

    private static readonly string[] OnlineWords = ["online", "onl", "truc tuyen", "qua mang", "dich vu cong", "nop ho so", "nop tren mang"];

    /// <summary>
    /// "nộp hồ sơ online mà không có VNeID mức 2": the account is asked about for filing online, which the online guide
    /// answers (what to do with level 1), not the identity card topic.
    /// </summary>
    public static IReadOnlyList<PhraseMatch<Subject>> WithoutAccountForOnline(IReadOnlyList<PhraseMatch<Subject>> subjects, IReadOnlyList<string> words)
    {
        var text = $" {string.Join(' ', words)} ";
        if (!OnlineWords.Any(w => text.Contains($" {w} ", StringComparison.Ordinal)))
        {
            return subjects;
        }

        return subjects.Where(s => !(s.Target.IsTopic && s.Target.Id == "can-cuoc"
            && string.Join(' ', words.Skip(s.Start).Take(s.Length)) is var said && (said.Contains("vneid", StringComparison.Ordinal) || said.Contains("dinh danh", StringComparison.Ordinal)))).ToList();
    }
}
