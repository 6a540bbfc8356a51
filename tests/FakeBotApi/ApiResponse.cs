using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace OneStop.FakeBotApi;

/// <summary>Writes {"ok":true,"result":...} and {"ok":false,"error_code":...} the way Telegram does.</summary>
internal static class ApiResponse
{
    private static readonly byte[] OkTrue = """{"ok":true,"result":true}"""u8.ToArray();

    public static Task WriteTrueAsync(HttpResponse response) => WriteBytesAsync(response, 200, OkTrue);

    public static Task WriteOkRawAsync(HttpResponse response, string resultJson) =>
        WriteBytesAsync(response, 200, Encoding.UTF8.GetBytes("{\"ok\":true,\"result\":" + resultJson + "}"));

    public static Task WriteOkAsync(HttpResponse response, Action<Utf8JsonWriter> writeResult) =>
        WriteAsync(response, 200, writer =>
        {
            writer.WriteBoolean("ok", true);
            writer.WritePropertyName("result");
            writeResult(writer);
        });

    public static Task WriteErrorAsync(HttpResponse response, ApiFault fault) =>
        WriteAsync(response, fault.StatusCode, writer =>
        {
            writer.WriteBoolean("ok", false);
            writer.WriteNumber("error_code", fault.StatusCode);
            writer.WriteString("description", fault.Description ?? DefaultDescription(fault.StatusCode, fault.RetryAfterSeconds));
            if (fault.RetryAfterSeconds is { } retryAfter)
            {
                writer.WriteStartObject("parameters");
                writer.WriteNumber("retry_after", retryAfter);
                writer.WriteEndObject();
            }
        });

    public static Task WriteErrorAsync(HttpResponse response, int statusCode, string description) =>
        WriteErrorAsync(response, new ApiFault(statusCode, null, description));

    public static string DefaultDescription(int statusCode, int? retryAfterSeconds) => statusCode switch
    {
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden: bot was blocked by the user",
        404 => "Not Found",
        409 => "Conflict",
        429 when retryAfterSeconds is { } seconds =>
            "Too Many Requests: retry after " + seconds.ToString(CultureInfo.InvariantCulture),
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        _ => ReasonPhrases.GetReasonPhrase(statusCode),
    };

    private static Task WriteAsync(HttpResponse response, int statusCode, Action<Utf8JsonWriter> writeProperties)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, JsonText.WriterOptions))
        {
            writer.WriteStartObject();
            writeProperties(writer);
            writer.WriteEndObject();
        }

        return WriteBytesAsync(response, statusCode, buffer.WrittenMemory);
    }

    private static Task WriteBytesAsync(HttpResponse response, int statusCode, ReadOnlyMemory<byte> body)
    {
        response.StatusCode = statusCode;
        response.ContentType = "application/json";
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, response.HttpContext.RequestAborted).AsTask();
    }
}
