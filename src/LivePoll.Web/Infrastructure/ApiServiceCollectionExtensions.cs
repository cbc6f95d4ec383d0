using LivePoll.Web.Features.Accounts;
using LivePoll.Web.Features.Events;
using LivePoll.Web.Features.Moderation;
using LivePoll.Web.Features.Reports;

namespace LivePoll.Web.Infrastructure;

internal static class ApiServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        builder.Services.ConfigureHttpJsonOptions(options => JsonDefaults.Configure(options.SerializerOptions));
        return builder;
    }

    public static WebApplication MapApi(this WebApplication app)
    {
        app.MapGroup("/api")
            .RequireAuthorization(AccountsServiceCollectionExtensions.ApiPolicy)
            .MapEventsApi()
            .MapModerationApi()
            .MapResultsApi();
        return app;
    }

    /// <summary>Empty 4xx answers of /api become problem details; other paths show the "not found" page.</summary>
    public static WebApplication UseStatusCodeResponses(this WebApplication app)
    {
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api") && !c.Request.Path.StartsWithSegments("/hubs"),
            pages => pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        return app;
    }
}
