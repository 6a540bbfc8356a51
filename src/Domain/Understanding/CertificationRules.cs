namespace OneStop.Domain.Understanding;

/// <summary>
/// What "chứng thực", "công chứng", "sao y" and "ủy quyền" name: a certified copy, a signature, a contract, or both
/// certifications when the word alone is said.
/// </summary>
internal static class CertificationRules
{
    private static readonly string[] TransferWords =
        ["ban xe", "ban dat", "ban nha", "sang ten", "chuyen nhuong", "mua ban", "tang cho", "cho tang", "the chap", "ban mieng dat", "ban lo dat", "ban tai san"];

    /// <summary>
    /// "chứng thực 10 trang photo": a bare "chứng thực" or "công chứng" with photocopies or pages is a certified copy.
    /// "công chứng cái hợp đồng mua bán xe" certifies a contract, a procedure of its own (and not a vehicle
    /// registration), not a copy; "sao y hợp đồng lao động" copies one.
    /// </summary>
    public static void Apply(IReadOnlyList<string> words, List<string> procedures, List<string> topics, string? onScreen)
    {
        var text = ReadingRules.Text(words);
        var copying = ReadingRules.Any(text, ["photo", "trang", "ban sao", "sao y", "ban chinh", "sao lai", "ban photo"]);
        // "ủy quyền cho con bán xe": a power to sell or hand over property is a contract, not a signature on a letter.
        var transferProxy = ReadingRules.Any(text, ["uy quyen", "giay uy quyen"]) && ReadingRules.Any(text, TransferWords);
        var contract = topics.Contains(ReadingRules.ContractTopic) || transferProxy || ReadingRules.Any(text, ["hop dong", "di chuc", "giao dich"]);
        if (transferProxy)
        {
            procedures.Remove(ReadingRules.SignatureProcedure);
            topics.Remove("dat-dai");
            if (!topics.Contains(ReadingRules.ContractTopic))
            {
                topics.Add(ReadingRules.ContractTopic);
            }
        }

        if (procedures.Count == 0 && copying && !contract && ReadingRules.Any(text, ["chung thuc", "cong chung"]))
        {
            procedures.Add(ReadingRules.CertifiedCopyProcedure);
        }
        else if (procedures.Contains(ReadingRules.CertifiedCopyProcedure) && contract && !copying)
        {
            procedures.Remove(ReadingRules.CertifiedCopyProcedure);
            if (!topics.Contains(ReadingRules.ContractTopic))
            {
                topics.Add(ReadingRules.ContractTopic);
            }
        }

        if (contract && !ReadingRules.Any(text, ["dang ky xe", "bien so", "sang ten xe", "cavet", "ca vet"]))
        {
            topics.Remove("xe");
        }

        var signing = words.Where((w, i) => w == "ky" && (i == 0 || words[i - 1] != "dang")).Any();
        if (procedures.Count == 0 && topics.Count == 0 && !copying && !contract && !signing && ReadingRules.Any(text, ["chung thuc", "cong chung"])
            && onScreen is not (ReadingRules.CertifiedCopyProcedure or ReadingRules.SignatureProcedure))
        {
            // "chứng thực bao nhiêu tiền": two procedures answer to that word; both are answered (or offered), not six.
            procedures.Add(ReadingRules.SignatureProcedure);
            procedures.Add(ReadingRules.CertifiedCopyProcedure);
        }
    }
}
