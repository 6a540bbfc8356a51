using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenTelemetry.Metrics;

namespace OneStop.Bot.Observability;

/// <summary>
/// GET /healthz (the process answers), GET /readyz (200 or 503 with the reasons as JSON) and GET /metrics (Prometheus
/// text) on the webhook server. /metrics and /readyz are for the server's own monitoring: the reverse proxy forwards
/// only the webhook paths.
/// </summary>
internal sealed class HealthEndpoints(Readiness readiness, MeterProvider meters)
{
    public void Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapGet("/readyz", Ready);
        app.MapPrometheusScrapingEndpoint("/metrics", meters, null, null);
    }

    private IResult Ready()
    {
        var problems = readiness.Problems();
        var body = JsonSerializer.Serialize(new ReadyAnswer(problems.Count == 0 ? "ready" : "not ready", problems));
        return Results.Text(body, "application/json", statusCode: problems.Count == 0 ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    private sealed record ReadyAnswer(string status, IReadOnlyList<string> problems);
}
