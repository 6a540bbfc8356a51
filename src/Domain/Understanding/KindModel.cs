namespace OneStop.Domain.Understanding;

/// <summary>
/// Which kinds of request a message makes, learnt from the labelled examples of conversation-flows/examples.txt:
/// one logistic regression per kind over the message's features (its words, word pairs, letter groups, and what the
/// reading rules found). Trained in a fixed order with fixed settings, so the same examples always give the same model.
/// </summary>
public sealed class KindModel
{
    private const int Epochs = 40;
    private const double LearningRate = 0.15;
    private const double Decay = 1e-5;

    private readonly Dictionary<string, int> _features;
    private readonly RequestKind[] _kinds;
    private readonly float[][] _weights;

    private KindModel(Dictionary<string, int> features, RequestKind[] kinds, float[][] weights)
    {
        _features = features;
        _kinds = kinds;
        _weights = weights;
    }

    public static KindModel Train(IReadOnlyList<(IReadOnlyList<string> Features, IReadOnlySet<RequestKind> Kinds)> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var encoded = examples
            .Select(e => (Features: e.Features.Select(f => index.TryGetValue(f, out var i) ? i : index[f] = index.Count).Distinct().ToArray(), e.Kinds))
            .ToList();
        var kinds = examples.SelectMany(e => e.Kinds).Distinct().Order().ToArray();
        // Single precision: the weights are the model's memory (kinds × features), and doubles would double it for nothing.
        var weights = kinds.Select(_ => new float[index.Count]).ToArray();
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            var rate = LearningRate / (1 + (epoch * 0.1));
            foreach (var (features, labels) in encoded)
            {
                for (var k = 0; k < kinds.Length; k++)
                {
                    var w = weights[k];
                    var error = (labels.Contains(kinds[k]) ? 1 : 0) - Sigmoid(Score(w, features));
                    foreach (var f in features)
                    {
                        w[f] += (float)(rate * (error - (Decay * w[f])));
                    }
                }
            }
        }

        return new KindModel(index, kinds, weights);
    }

    /// <summary>Each kind with its probability, most likely first.</summary>
    public IReadOnlyList<(RequestKind Kind, double Probability)> Predict(IEnumerable<string> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var known = features.Select(f => _features.TryGetValue(f, out var i) ? i : -1).Where(i => i >= 0).Distinct().ToArray();
        return _kinds
            .Select((kind, k) => (kind, Sigmoid(Score(_weights[k], known))))
            .OrderByDescending(p => p.Item2)
            .ToList();
    }

    private static double Score(float[] weights, int[] features)
    {
        var sum = 0.0;
        foreach (var f in features)
        {
            sum += weights[f];
        }

        return sum;
    }

    private static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));
}
