namespace OneStop.Domain.Understanding;

/// <summary>
/// The rules of reading that the vocabulary alone cannot say, each from how citizens write (the corpus in
/// tests/Bot.Tests/Understanding/Corpus holds an example of each).
/// </summary>
internal static class ReadingRules
{
    public const string CopyProcedure = "ban-sao-trich-luc";
    public const string CertifiedCopyProcedure = "chung-thuc-ban-sao";
    public const string DeathProcedure = "khai-tu";
    public const string SignatureProcedure = "chung-thuc-chu-ky";
    public const string AfterDeathTopic = "cat-khau";
    public const string ContractTopic = "hop-dong";

    private static readonly string[] CopyWords = ["ban sao", "trich luc", "xin lai", "cap lai", "lam lai", "sao lai"];
    private static readonly string[] CivilPapers = ["khai sinh", "ket hon", "chung tu", "khai tu", "giay bao tu"];
    private static readonly string[] PaperTopics = ["can-cuoc", "cu-tru", "khai-sinh"];

    // "thủ tục thế nào", "phải làm gì": the whole card; "được không", "có … không": one detail.
    private static readonly string[] OverviewAsks = ["lam sao", "lam gi", "the nao", "ra sao", "nhu nao", "bat dau", "thu tuc", "quy trinh", "cac buoc"];
    private static readonly string[] QuestionWords = ["khong", "chua", "duoc", "sao", "nao", "hong", "ha", "hok", "the", "nhi", "khum"];

    /// <summary>
    /// A copy of a civil-status paper ("bản sao giấy khai sinh", "xin lại giấy kết hôn") is the extract-copy procedure,
    /// not a birth, a marriage or a death registration; "sao y giấy khai sinh" is a certified copy, not an extract.
    /// </summary>
    public static void Copies(IReadOnlyList<string> words, List<string> procedures, List<string> topics, string? onScreen, bool separateCopy)
    {
        var text = Text(words);
        var civilOnScreen = onScreen is "ket-hon" or DeathProcedure && procedures.Count == 0;
        if (procedures.Contains(CertifiedCopyProcedure) && !separateCopy)
        {
            procedures.Remove(CopyProcedure);
            topics.Remove("khai-sinh");
            return;
        }

        var copy = procedures.Contains(CopyProcedure) || (Any(text, CopyWords) && (Any(text, CivilPapers) || civilOnScreen));
        if (!copy)
        {
            return;
        }

        procedures.RemoveAll(p => p is "ket-hon" or DeathProcedure);
        topics.Remove("khai-sinh");
        if (!procedures.Contains(CopyProcedure))
        {
            procedures.Insert(0, CopyProcedure);
        }
    }

    /// <summary>
    /// Topics next to a named procedure are what it is about ("sao y sổ đỏ", "hộ nghèo có được miễn không"), not
    /// requests of their own, except the linked steps after a death. After a card, a paper named ("mang cccd photo
    /// được không") asks what to bring for that procedure.
    /// </summary>
    public static void Topics(List<string> procedures, List<string> topics, string? onScreen, bool answered, List<RequestKind> kinds)
    {
        if (procedures.Count > 0 || answered)
        {
            // "kết hôn có cần sổ hộ khẩu không": a paper to bring; "sao y sổ đỏ": what to copy.
            var paper = topics.Any(t => PaperTopics.Contains(t)) && !procedures.Contains(CertifiedCopyProcedure) && !procedures.Contains(CopyProcedure);
            topics.RemoveAll(t => t != AfterDeathTopic);
            if (paper && !kinds.Any(MessageReader.IsProcedurePart))
            {
                kinds.Add(RequestKind.Documents);
            }
        }

        // "bằng lái xe máy" is a driving licence, not a vehicle registration.
        if (topics.Contains("bang-lai"))
        {
            topics.Remove("xe");
        }

        if (procedures.Count == 0 && onScreen is not null && topics.Count > 0 && topics.All(t => PaperTopics.Contains(t)))
        {
            topics.Clear();
            if (!kinds.Any(MessageReader.IsProcedurePart))
            {
                kinds.Add(RequestKind.Documents);
            }
        }

        // "khai tử xong có cần cắt khẩu không" asks about the linked steps, not again about the death registration.
        if (topics.Contains(AfterDeathTopic) && !kinds.Any(MessageReader.IsProcedurePart) && !answered)
        {
            procedures.Remove(DeathProcedure);
        }
    }

    /// <summary>
    /// "xác nhận sơ yếu lý lịch" is a signature certification, not also the generic "xác nhận" routing card; several
    /// topics in one message usually name one thing ("hợp đồng mua bán đất" is a contract, "giấy khai sinh ghi sai tên"
    /// a correction).
    /// </summary>
    public static void Overlaps(IReadOnlyList<string> words, List<string> procedures, List<string> topics)
    {
        var text = Text(words);
        if (procedures.Contains("xac-nhan") && procedures.Count > 1 && !Any(text, ["don xin viec", "vay von", "ho so vay", "ngan hang chinh sach", "xac nhan don"]))
        {
            procedures.Remove("xac-nhan");
        }

        if (topics.Count < 2)
        {
            return;
        }

        void Drop(string topic, params string[] when)
        {
            if (topics.Count > 1 && when.Any(topics.Contains))
            {
                topics.Remove(topic);
            }
        }

        Drop("khai-sinh", "ho-tich-khac");
        Drop("dat-dai", "hop-dong", "giay-doc-than", "xe");
        Drop("ho-tich-khac", "can-cuoc", "bao-hiem", "dat-dai");
        Drop("tro-cap", AfterDeathTopic);
        Drop(AfterDeathTopic, "bao-hiem");
        Drop("ket-hon-nuoc-ngoai", "khai-sinh");
        Drop("ly-hon", "ho-tich-khac", "khai-sinh");
    }

    /// <summary>"giấy chứng tử ghi sai năm sinh": correcting a civil-status record, a topic of its own, not the registration again.</summary>
    public static void Corrections(IReadOnlyList<string> words, List<string> procedures, List<string> topics)
    {
        if (Any(Text(words), ["ghi sai", "bi sai", "sai ten", "sai nam sinh", "sai ngay sinh", "sua lai", "sua ten", "cai chinh", "dinh chinh"])
            && procedures.Any(p => p is "ket-hon" or DeathProcedure or CopyProcedure))
        {
            procedures.RemoveAll(p => p is "ket-hon" or DeathProcedure or CopyProcedure);
            if (!topics.Contains("ho-tich-khac"))
            {
                topics.Add("ho-tich-khac");
            }
        }
    }

    /// <summary>"thứ 4 làm xong trong ngày không": the time it takes, on the same-day Wednesday.</summary>
    public static void SameDay(IReadOnlyList<string> words, List<RequestKind> kinds)
    {
        var text = Text(words);
        var wednesday = text.Contains(" thu tu ", StringComparison.Ordinal) || text.Contains(" thu 4 ", StringComparison.Ordinal);
        if (wednesday && kinds.Contains(RequestKind.Duration))
        {
            kinds.Remove(RequestKind.Day);
            if (!kinds.Contains(RequestKind.Wednesday))
            {
                kinds.Add(RequestKind.Wednesday);
            }
        }
        else if (kinds.Contains(RequestKind.Wednesday) && !wednesday && Any(text, ["trong ngay", "lay ngay", "lay lien", "lam lien"]))
        {
            // "lấy trong ngày được không" without a Wednesday asks how long it takes.
            kinds.Remove(RequestKind.Wednesday);
            kinds.Add(RequestKind.Duration);
        }
    }

    private static readonly string[] PastVisit =
        ["hom qua", "hom bua", "bua hom", "bua hom", "bua truoc", "hom truoc", "tuan truoc", "lan truoc", "hom thu", "bua qua", "hom kia", "sang nay len", "vua len", "da lam xong", "lam xong roi", "len lam", "ra lam", "len nop", "len xa"];

    /// <summary>
    /// An opinion of a past visit ("hôm qua lên làm khai tử, cô cán bộ tận tình") is feedback: the procedure it names
    /// is the story, not a question, unless the message also asks something.
    /// </summary>
    public static void Feedback(string raw, IReadOnlyList<string> words, List<RequestKind> kinds, List<string> procedures)
    {
        if (!kinds.Contains(RequestKind.Feedback) || !Any(Text(words), PastVisit) || raw.Contains('?', StringComparison.Ordinal)
            || Any(Text(words), ["hoi them", "cho hoi", "muon hoi", "hoi chut", "duoc khong", "co phai"]))
        {
            return;
        }

        kinds.RemoveAll(k => k != RequestKind.Feedback && k != RequestKind.Anger && k != RequestKind.Survey);
        procedures.Clear();
    }

    /// <summary>"cho em hỏi thêm", "muốn hỏi", a question mark: the message says outright that it asks something.</summary>
    public static bool AsksOutright(string raw, IReadOnlyList<string> words) =>
        raw.Contains('?', StringComparison.Ordinal) || Any(Text(words), ["cho hoi", "hoi them", "muon hoi", "xin hoi", "hoi chut", "hoi xiu", "hoi ti", "hoi nho"]);

    /// <summary>"góp ý ở đâu", "tra cứu ở đâu": where to do that, not where the desk is.</summary>
    public static void PlaceOfSomethingElse(List<RequestKind> kinds, List<string> procedures, List<string> topics)
    {
        if (procedures.Count == 0 && (topics.Count > 0 || kinds.Any(k => k is RequestKind.Survey or RequestKind.Status
            or RequestKind.Subscribe or RequestKind.Checklist or RequestKind.Contact or RequestKind.Handover or RequestKind.Feedback)))
        {
            kinds.Remove(RequestKind.Place);
        }
    }

    /// <summary>
    /// "kiểm tra hồ sơ", "kiểm tra hồ sơ khai tử": the words of the bot's own "✅ Kiểm tra hồ sơ" button, typed, do what the
    /// button does, although "kiểm tra giùm hồ sơ của tui" in a longer message asks about a dossier already filed.
    /// </summary>
    public static bool IsCheckButtonTyped(IReadOnlyList<string> words) =>
        words.Count <= 7 && Text(words).StartsWith(" kiem tra ho so ", StringComparison.Ordinal) && !Any(Text(words), ["da nop", "xong chua", "cua toi", "cua tui", "sao roi"]);

    /// <summary>"3 bản", "12 trang", "5 bộ": a count of copies or pages asks what they cost.</summary>
    public static bool CountsItems(IReadOnlyList<string> words)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (int.TryParse(words[i], out var n) && n is > 0 and < 1000 && words[i + 1] is "ban" or "trang" or "bo" or "to" or "cai")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a message about a procedure asks something (rather than only naming it, or saying thanks).</summary>
    public static bool AsksAboutIt(string raw, IReadOnlyList<string> words, List<RequestKind> kinds)
    {
        if (kinds.Any(k => !MessageReader.IsProcedurePart(k) && k is not (RequestKind.Greeting or RequestKind.Ack)))
        {
            return false;
        }

        var text = Text(words).Replace(" ban sao ", " ban-sao ", StringComparison.Ordinal);
        return raw.Contains('?', StringComparison.Ordinal) || Any(text, QuestionWords) || Any(text, OverviewAsks);
    }

    /// <summary>
    /// "sao y sổ đỏ được không" names what to copy: the card. "bằng ép plastic có sao y được không" asks about a
    /// condition: a detail. Told apart by how much the question says besides the procedure.
    /// </summary>
    public static RequestKind OverviewOrDetail(string raw, IReadOnlyList<string> words)
    {
        var text = Text(words);
        var asks = raw.Contains('?', StringComparison.Ordinal) || Any(text, QuestionWords);
        var said = words.Count(w => !Filler.Contains(w) && !QuestionWords.Contains(w));
        return Any(text, OverviewAsks) || !asks || said <= 2 ? RequestKind.Overview : RequestKind.Detail;
    }

    // Words that carry no condition: forms of address, particles, and the commonest verbs.
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "a", "ad", "oi", "em", "anh", "chi", "toi", "tui", "minh", "con", "chau", "co", "chu", "bac", "ong", "ba", "cho", "hoi", "xin",
        "lam", "di", "o", "xa", "thi", "la", "vay", "ha", "nhe", "nha", "nghen", "ak", "cua", "nay", "de", "voi", "va", "hay", "cai",
        "giay", "to", "ban", "can", "muon", "duoc", "khong", "cung", "nua", "roi", "gio", "luc", "len", "ra", "ve", "mot", "may", "nhieu",
        "sao", "the", "nao", "gi", "chua", "dang", "ky", "khi", "neu", "ma", "vo", "cac", "nhung", "ho", "so", "tai", "trong", "nguoi",
    };

    /// <summary>The words as one string with a space at each end, for whole-phrase lookups.</summary>
    internal static string Text(IReadOnlyList<string> words) => $" {string.Join(' ', words)} ";

    /// <summary>Whether one of the phrases is in <paramref name="text"/> (from <see cref="Text"/>) as whole words.</summary>
    internal static bool Any(string text, IEnumerable<string> phrases) => phrases.Any(p => text.Contains($" {p} ", StringComparison.Ordinal));
}
