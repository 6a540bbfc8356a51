using System.Collections.Concurrent;

namespace OneStop.Domain.Understanding;

/// <summary>
/// Training takes a fraction of a second; the same examples always give the same model, so one is kept per set of
/// examples for the life of the process (the tests build many engines on the same content).
/// </summary>
internal static class ModelCache
{
    private static readonly ConcurrentDictionary<string, Lazy<KindModel>> Models = new(StringComparer.Ordinal);

    public static KindModel For(IReadOnlyList<CorpusCase> examples, Func<IReadOnlyList<CorpusCase>, KindModel> train)
    {
        var key = string.Join('\n', examples.Select(e => $"{e.ContextProcedure}|{e.Message}|{string.Join(';', e.Labels)}"));
        return Models.GetOrAdd(key, _ => new Lazy<KindModel>(() => train(examples))).Value;
    }
}
