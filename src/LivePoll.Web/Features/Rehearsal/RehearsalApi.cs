using System.Security.Claims;
using LivePoll.Web.Features.People;
using LivePoll.Web.Infrastructure;
using LivePoll.Web.Realtime;

namespace LivePoll.Web.Features.Rehearsal;

/// <summary>Body of POST …/rehearsal: how many simulated phones (default: the event's expected audience).</summary>
public sealed record RehearsalRequest(int? Phones);

/// <summary>Whether the event is rehearsing, and its simulated room in this instance (phones it will have, phones joined so far).</summary>
public sealed record RehearsalDto(bool Rehearsal, int? Phones, int? Joined);

internal static class RehearsalApi
{
    public static RouteGroupBuilder MapRehearsalApi(this RouteGroupBuilder api)
    {
        var events = api.MapGroup("/events/{id:guid}").RequireAuthorization(EventPolicies.Moderate);
        events.MapGet("/rehearsal", async (Guid id, LiveEventRegistry registry, RehearsalService rehearsals) =>
            StatusOf(await LiveAsync(registry, id), rehearsals));
        events.MapPost("/rehearsal", async (Guid id, RehearsalRequest? request, ClaimsPrincipal user, LiveEventRegistry registry, RehearsalService rehearsals) =>
        {
            var live = await LiveAsync(registry, id);
            await rehearsals.StartAsync(id, request?.Phones ?? RehearsalService.PhonesFor(live.Snapshot.ExpectedAudience), StaffUser.Actor(user));
            return Results.Accepted($"/api/events/{id}/rehearsal", StatusOf(live, rehearsals));
        });
        events.MapDelete("/rehearsal", async (Guid id, ClaimsPrincipal user, RehearsalService rehearsals) =>
        {
            await rehearsals.StopAsync(id, StaffUser.Actor(user));
            return Results.NoContent();
        });
        events.MapPost("/golive", async (Guid id, ClaimsPrincipal user, RehearsalService rehearsals) =>
            Results.Ok(await rehearsals.GoLiveAsync(id, StaffUser.Actor(user))));
        return api;
    }

    private static async Task<LiveEvent> LiveAsync(LiveEventRegistry registry, Guid id) =>
        await registry.GetAsync(id) ?? throw new NotFoundException("TheEventDoesNotExist");

    private static RehearsalDto StatusOf(LiveEvent live, RehearsalService rehearsals) =>
        rehearsals.RoomOf(live.Id) is { } room
            ? new RehearsalDto(live.Snapshot.InRehearsal, room.Phones, room.Joined)
            : new RehearsalDto(live.Snapshot.InRehearsal, null, null);
}
