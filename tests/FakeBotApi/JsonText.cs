using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OneStop.FakeBotApi;

/// <summary>Writes JSON into strings and bytes, keeping Vietnamese readable (no \u escapes).</summary>
internal static class JsonText
{
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Re-writes JSON that carries \u escapes so that test output and assertions read naturally.</summary>
    public static string Readable(string json)
    {
        if (!json.Contains("\\u", StringComparison.Ordinal))
        {
            return json;
        }

        using var document = JsonDocument.Parse(json);
        return Write(document.RootElement.WriteTo);
    }

    /// <summary>Re-writes JSON that carries \u escapes so that test output and assertions read naturally.</summary>
    public static string Readable(JsonElement element)
    {
        var raw = element.GetRawText();
        return raw.Contains("\\u", StringComparison.Ordinal) ? Write(element.WriteTo) : raw;
    }
}
