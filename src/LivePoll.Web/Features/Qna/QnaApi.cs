using LivePoll.Web.Features.People;
using LivePoll.Domain.Qna;
using LivePoll.Web.Realtime;

namespace LivePoll.Web.Features.Qna;

internal static class QnaApi
{
    public static RouteGroupBuilder MapQnaApi(this RouteGroupBuilder api)
    {
        api.MapGet("/events/{id:guid}/qna", async (Guid id, QnaService qna) =>
            (await qna.ListAsync(id)).Select(i => QnaItemDto.From(i, viewer: null)))
            .RequireAuthorization(EventPolicies.View);
        foreach (var (step, status) in new[]
        {
            ("approve", AudienceQuestionStatus.Approved),
            ("hide", AudienceQuestionStatus.Hidden),
            ("answer", AudienceQuestionStatus.Answered),
            ("pin", AudienceQuestionStatus.Pinned),
        })
        {
            api.MapPost($"/events/{{id:guid}}/qna/{{itemId:guid}}/{step}", async (Guid id, Guid itemId, System.Security.Claims.ClaimsPrincipal user, QnaService qna) =>
            {
                await qna.SetStatusAsync(id, itemId, status, StaffUser.Actor(user));
                return Results.NoContent();
            }).RequireAuthorization(EventPolicies.Moderate);
        }
        return api;
    }
}
