using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace OneStop.FakeBotApi;

/// <summary>
/// The parameters of one call, read alike from a JSON body (what Telegram.Bot sends), a form or
/// multipart body (uploads) or the query string. JSON is parsed, never searched as text: Telegram.Bot
/// escapes non-ASCII as \u.
/// </summary>
internal sealed class BotApiRequest : IDisposable
{
    private readonly JsonDocument? _json;
    private readonly IFormCollection? _form;
    private readonly IQueryCollection _query;
    private List<JsonDocument>? _parsedParameters;

    private BotApiRequest(string body, JsonDocument? json, IFormCollection? form, IQueryCollection query)
    {
        Body = body;
        _json = json;
        _form = form;
        _query = query;
    }

    public string Body { get; }

    /// <summary>The body was neither a form nor valid JSON (Telegram answers 400).</summary>
    public bool IsMalformed { get; private init; }

    public static async Task<BotApiRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            return new BotApiRequest(DumpForm(form), null, form, request.Query);
        }

        using var buffer = new MemoryStream(request.ContentLength is > 0 and < int.MaxValue ? (int)request.ContentLength : 256);
        await request.Body.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length == 0)
        {
            return new BotApiRequest("", null, null, request.Query);
        }

        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        var body = Encoding.UTF8.GetString(bytes.Span);
        try
        {
            return new BotApiRequest(body, JsonDocument.Parse(bytes), null, request.Query);
        }
        catch (JsonException)
        {
            return new BotApiRequest(body, null, null, request.Query) { IsMalformed = true };
        }
    }

    public string? GetString(string name)
    {
        if (TryGetJson(name, out var value))
        {
            return value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                _ => value.GetRawText(),
            };
        }

        return GetFormOrQuery(name);
    }

    public long? GetInt64(string name)
    {
        if (TryGetJson(name, out var value) && value.ValueKind == JsonValueKind.Number)
        {
            return value.TryGetInt64(out var number) ? number : null;
        }

        return long.TryParse(GetString(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
    }

    /// <summary>
    /// A JSON-valued parameter (reply_markup, allowed_updates): nested in a JSON body, a JSON string in a
    /// form. Valid until the request is disposed. Throws <see cref="JsonException"/> for a malformed string.
    /// </summary>
    public JsonElement? GetJson(string name)
    {
        if (TryGetJson(name, out var value) && value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
        {
            return value;
        }

        var text = GetString(name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parsed = JsonDocument.Parse(text);
        (_parsedParameters ??= []).Add(parsed);
        return parsed.RootElement;
    }

    public bool Has(string name) => GetString(name) is not null || _form?.Files.GetFile(name) is not null;

    public void Dispose()
    {
        _json?.Dispose();
        foreach (var parsed in _parsedParameters ?? [])
        {
            parsed.Dispose();
        }
    }

    private bool TryGetJson(string name, out JsonElement value)
    {
        value = default;
        return _json is not null
            && _json.RootElement.ValueKind == JsonValueKind.Object
            && _json.RootElement.TryGetProperty(name, out value);
    }

    private string? GetFormOrQuery(string name)
    {
        if (_form is not null && _form.TryGetValue(name, out var formValue))
        {
            return formValue.ToString();
        }

        return _query.TryGetValue(name, out var queryValue) ? queryValue.ToString() : null;
    }

    private static string DumpForm(IFormCollection form)
    {
        var dump = new StringBuilder();
        foreach (var (name, value) in form)
        {
            dump.Append(name).Append('=').Append(value.ToString()).Append('\n');
        }

        foreach (var file in form.Files)
        {
            dump.Append(CultureInfo.InvariantCulture, $"{file.Name}=@{file.FileName} ({file.Length} bytes, {file.ContentType})\n");
        }

        return dump.ToString();
    }
}
