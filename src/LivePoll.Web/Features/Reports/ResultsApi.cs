using LivePoll.Web.Features.People;
using LivePoll.Web.Infrastructure;
using LivePoll.Web.Realtime;

namespace LivePoll.Web.Features.Reports;

internal static class ResultsApi
{
    public static RouteGroupBuilder MapResultsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/events/{id:guid}/results", async (Guid id, LiveEventRegistry registry) =>
            await registry.GetAsync(id) is { } live
                ? TypedResults.Ok(ResultsService.ForEvent(live))
                : throw new NotFoundException("TheEventDoesNotExist"))
            .RequireAuthorization(EventPolicies.View);
        return api;
    }
}
