namespace OneStop.Domain.Text;

/// <summary>
/// Phrases a feature listens for ("kiem tra ho so", "buu dien"), looked for in a message's folded words the way the
/// procedure matcher looks for keywords, glued words included ("kiemtrahoso").
/// </summary>
public sealed class PhraseSet
{
    private readonly PhraseIndex<string> _index = new();

    public PhraseSet(params string[] phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        foreach (var phrase in phrases)
        {
            _index.Add(phrase, phrase);
        }
    }

    public bool FoundIn(IReadOnlyList<string> words) => _index.Find(words).Count > 0;
}
