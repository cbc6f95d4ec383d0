using LivePoll.Web.Features.Accounts;
using LivePoll.Web.Features.Booth;
using LivePoll.Web.Features.Events;
using LivePoll.Web.Features.Moderation;
using LivePoll.Web.Features.Operations;
using LivePoll.Web.Features.People;
using LivePoll.Web.Features.Qna;
using LivePoll.Web.Features.Rehearsal;
using LivePoll.Web.Features.Reports;
using LivePoll.Web.Features.WordCloud;

namespace LivePoll.Web.Infrastructure;

internal static class ApiServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        // A malformed body is a 400 (then problem details), in Development too.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = false);
        builder.Services.ConfigureHttpJsonOptions(options => JsonDefaults.Configure(options.SerializerOptions));
        return builder;
    }

    public static WebApplication MapApi(this WebApplication app)
    {
        app.MapGroup("/api")
            .RequireAuthorization(AccountsServiceCollectionExtensions.ApiPolicy)
            .AddEndpointFilter<ApiErrorFilter>()
            .MapEventsApi()
            .MapModerationApi()
            .MapWordMergeApi()
            .MapRehearsalApi()
            .MapResultsApi()
            .MapExportApi()
            .MapBoothScriptApi()
            .MapQnaApi()
            .MapPeopleApi()
            .MapRuntimeStatusApi();
        return app;
    }

    /// <summary>Empty 4xx answers of /api become problem details; unknown staff pages show the "not found" page.</summary>
    public static WebApplication UseStatusCodeResponses(this WebApplication app)
    {
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseWhen(c => !IsMachineOrPhonePath(c.Request.Path),
            pages => pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        return app;
    }

    /// <summary>Paths read by programs and phones: they get status codes, never a sign-in page or the not-found page.</summary>
    public static bool IsMachineOrPhonePath(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/hubs") || path.StartsWithSegments("/j") || path.StartsWithSegments("/metrics");
}
