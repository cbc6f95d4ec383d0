using System.Net;
using LivePoll.Data;
using LivePoll.Web.Features.Accounts;
using LivePoll.Web.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using StackExchange.Redis;

namespace LivePoll.Web.Features.Operations;

/// <summary>
/// What an operator sees of a running instance: OpenTelemetry metrics (ASP.NET Core, HTTP client, runtime and
/// <see cref="LivePollMetrics"/>) and traces, sent by OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (logs too)
/// and served to Prometheus at <c>/metrics</c> when <c>LivePoll:Metrics:Prometheus</c> is on; health at
/// <c>/healthz/live</c> (the process answers) and <c>/healthz/ready</c> (its database, and Redis when configured).
/// </summary>
internal static class Observability
{
    private const string MetricsPolicy = "Metrics";
    private const string Ready = "ready";

    public static IHostApplicationBuilder AddObservability(this IHostApplicationBuilder builder)
    {
        var options = builder.StartupOptions();
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("LivePoll"))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation().AddMeter(LivePollMetrics.MeterName);
                if (options.Metrics.Prometheus)
                {
                    metrics.AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0);
                }
            });
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            // Traces only when something receives them: listening makes every hub call (each vote) start an activity,
            // a quarter of a vote's own server time when nothing exports them (BENCHMARKS.md).
            telemetry.WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
                .WithLogging()
                .UseOtlpExporter();
        }

        var health = builder.Services.AddHealthChecks().AddDbContextCheck<LivePollDbContext>("database", tags: [Ready]);
        if (!string.IsNullOrWhiteSpace(options.Redis.Configuration))
        {
            health.AddRedis(services => services.GetRequiredService<IConnectionMultiplexer>(), "redis", tags: [Ready]);
        }
        builder.Services.AddAuthorizationBuilder().AddPolicy(MetricsPolicy, policy => policy.RequireAssertion(context =>
            context.User.IsInRole(AdminAccounts.AdminRole)
            || (context.Resource is HttpContext http && http.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address))));
        return builder;
    }

    public static WebApplication MapObservability(this WebApplication app)
    {
        app.MapHealthChecks("/healthz/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/healthz/ready", new() { Predicate = check => check.Tags.Contains(Ready) });
        if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<LivePollOptions>>().Value.Metrics.Prometheus)
        {
            app.MapPrometheusScrapingEndpoint("/metrics").RequireAuthorization(MetricsPolicy);
        }
        return app;
    }
}
