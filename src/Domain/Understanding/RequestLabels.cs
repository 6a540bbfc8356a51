using System.Text;

namespace OneStop.Domain.Understanding;

/// <summary>
/// The written form of a request, as the labelled corpus and the content files use it: the kind in snake case,
/// then the procedure or topic after a colon ("in_person:ket-hon", "topic:cu-tru", "delete_data").
/// </summary>
public static class RequestLabels
{
    public static string Name(RequestKind kind)
    {
        var text = kind.ToString();
        var name = new StringBuilder(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            if (i > 0 && char.IsUpper(text[i]))
            {
                name.Append('_');
            }

            name.Append(char.ToLowerInvariant(text[i]));
        }

        return name.ToString();
    }

    public static bool TryParseKind(string name, out RequestKind kind)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var candidate in Enum.GetValues<RequestKind>())
        {
            if (Name(candidate) == name.Trim())
            {
                kind = candidate;
                return true;
            }
        }

        kind = RequestKind.Unknown;
        return false;
    }

    public static string Format(Request request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = Name(request.Kind);
        // A desk request may carry the procedure it came with (a reminder for a marriage), but is labelled by its kind.
        return request.Kind == RequestKind.Topic ? $"{name}:{request.Detail}"
            : request.ProcedureId is { } id && (MessageReader.IsProcedurePart(request.Kind) || request.Kind == RequestKind.Cutoff) ? $"{name}:{id}"
            : name;
    }

    /// <summary>Reads "fee:khai-tu" or "topic:can-cuoc"; null for a label that names no kind.</summary>
    public static Request? Parse(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var parts = label.Trim().Split(':', 2);
        if (!TryParseKind(parts[0], out var kind))
        {
            return null;
        }

        var argument = parts.Length > 1 ? parts[1].Trim() : null;
        return kind == RequestKind.Topic ? new Request(kind, Detail: argument) : new Request(kind, argument);
    }
}
