using System.Security.Claims;
using LivePoll.Domain.Access;
using LivePoll.Web.Options;
using Microsoft.Extensions.Options;

namespace LivePoll.Web.Features.People;

internal static class PeopleApi
{
    public static RouteGroupBuilder MapPeopleApi(this RouteGroupBuilder api)
    {
        var people = api.MapGroup("/events/{id:guid}/people").RequireAuthorization(EventPolicies.ManagePeople);
        people.MapGet("/", async (Guid id, PeopleService service) => TypedResults.Ok(await service.ListAsync(id)));

        // The answer carries the invitation link once (only its hash is stored): the organiser copies it to the person.
        people.MapPost("/invitations", async (Guid id, InviteRequest? request, ClaimsPrincipal user, HttpContext http,
            PeopleService service, IOptions<LivePollOptions> options) =>
        {
            var token = await service.InviteAsync(id, request?.Email, request?.Role, StaffUser.Actor(user));
            var baseUrl = string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl)
                ? $"{http.Request.Scheme}://{http.Request.Host}"
                : options.Value.PublicBaseUrl.TrimEnd('/');
            return Results.Created((string?)null, new InvitationLinkDto($"{baseUrl}{InvitePath(token)}"));
        });
        people.MapDelete("/invitations/{invitationId:guid}", async (Guid id, Guid invitationId, ClaimsPrincipal user, PeopleService service) =>
        {
            await service.WithdrawAsync(id, invitationId, StaffUser.Actor(user));
            return Results.NoContent();
        });
        people.MapDelete("/{memberId:guid}", async (Guid id, Guid memberId, ClaimsPrincipal user, PeopleService service) =>
        {
            await service.RemoveAsync(id, memberId, StaffUser.Actor(user));
            return Results.NoContent();
        });
        // The audit log of moderators' and organisers' actions, for the organisers.
        api.MapGet("/events/{id:guid}/audit", async (Guid id, PeopleService service) => TypedResults.Ok(await service.AuditLogAsync(id)))
            .RequireAuthorization(EventPolicies.ManagePeople);
        return api;
    }

    public static string InvitePath(string token) => $"/invite/{token}";
}

public sealed record InviteRequest(string? Email, EventRole? Role);

public sealed record InvitationLinkDto(string Link);
