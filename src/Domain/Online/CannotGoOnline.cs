using OneStop.Domain.Text;

namespace OneStop.Domain.Online;

/// <summary>
/// "tôi không biết dùng điện thoại", "ba tui già rồi không rành mạng": someone for whom the online route is no route.
/// The online page still answers, but after a word that the desk takes the papers as always.
/// </summary>
internal static class CannotGoOnline
{
    private static readonly PhraseSet Phrases = new(
        "khong biet dung", "khong biet xai", "khong biet su dung", "khong ranh", "khong quen", "khong xai duoc", "khong dung duoc",
        "khong biet nop", "khong biet lam tren", "khong co dien thoai", "khong co smartphone", "khong co mang", "mu cong nghe",
        "khong biet cong nghe", "khong biet may", "khong biet app");

    public static bool Said(IReadOnlyList<string> words) => Phrases.FoundIn(words);
}
