using OneStop.Domain.Content;

namespace OneStop.Domain.Text;

/// <summary>
/// Reads free text for procedures, out-of-scope topics and the aspect asked about, using the keywords
/// of conversation-flows/. It never guesses: an unknown message yields an empty intent, and the
/// engine then offers the menu.
/// </summary>
public sealed class IntentMatcher
{
    private readonly ChatText _chatText;
    private readonly PhraseIndex<IntentTarget> _index = new();

    public IntentMatcher(ContentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _chatText = new ChatText(catalog.Shorthand);
        foreach (var procedure in catalog.Procedures)
        {
            var target = new IntentTarget(IntentKind.Procedure, procedure.Id);
            _index.Add(_chatText.Words(procedure.Name), target);
            _index.Add(_chatText.Words(procedure.ShortName), target);
            foreach (var keyword in procedure.Keywords)
            {
                _index.Add(_chatText.Words(keyword), target);
            }
        }

        foreach (var topic in catalog.Topics.OutOfScope)
        {
            foreach (var keyword in topic.Keywords)
            {
                _index.Add(_chatText.Words(keyword), new IntentTarget(IntentKind.Topic, topic.Id));
            }
        }

        foreach (var (aspect, words) in catalog.Topics.AspectWords)
        {
            foreach (var word in words)
            {
                _index.Add(_chatText.Words(word), new IntentTarget(IntentKind.Aspect, aspect.ToString()));
            }
        }
    }

    public IReadOnlyList<string> Words(string text) => _chatText.Words(text);

    public MessageIntent Match(string text) => Match(Words(text));

    public MessageIntent Match(IReadOnlyList<string> words)
    {
        var matches = _index.Find(words);
        var procedures = Distinct(matches, IntentKind.Procedure);
        var topics = Distinct(matches, IntentKind.Topic);
        var aspect = matches.Where(m => m.Target.Kind == IntentKind.Aspect)
            .Select(m => (Aspect?)Enum.Parse<Aspect>(m.Target.Id))
            .FirstOrDefault();
        return new MessageIntent(procedures, topics, aspect, words);
    }

    private static List<string> Distinct(IReadOnlyList<PhraseMatch<IntentTarget>> matches, IntentKind kind) =>
        matches.Where(m => m.Target.Kind == kind).Select(m => m.Target.Id).Distinct(StringComparer.Ordinal).ToList();
}
