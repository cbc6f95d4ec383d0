using LivePoll.Web.Localization;
using System.Security.Claims;
using LivePoll.Web.Features.People;
using LivePoll.Web.Infrastructure;

namespace LivePoll.Web.Features.Events;

internal static class EventsApi
{
    public static RouteGroupBuilder MapEventsApi(this RouteGroupBuilder api)
    {
        var events = api.MapGroup("/events");
        events.MapGet("/", async (ClaimsPrincipal user, EventService service, CancellationToken ct) => TypedResults.Ok(await service.ListAsync(user, ct)));
        events.MapGet("/{id:guid}", async (Guid id, EventService service, CancellationToken ct) =>
            await service.GetAsync(id, ct) is { } ev ? Results.Ok(ev.ToDto()) : throw new NotFoundException("TheEventDoesNotExist"))
            .RequireAuthorization(EventPolicies.View);
        // Administrators and organisers create events; the creator becomes the new event's organiser.
        events.MapPost("/", async (EventTemplate? template, ClaimsPrincipal user, EventService service, CancellationToken ct) =>
        {
            if (template is null)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: "Send an event as JSON.");
            }
            var (created, errors) = await service.CreateAsync(template, StaffUser.From(user), cancellationToken: ct);
            return created is null
                ? Results.ValidationProblem(EnglishText.Of(errors), title: "The event is not valid")
                : Results.Created($"/api/events/{created.Id}", created.ToDto());
        }).RequireAuthorization(EventPolicies.CreateEvents);
        events.MapPost("/{id:guid}/duplicate", async (Guid id, ClaimsPrincipal user, EventService service, CancellationToken ct) =>
        {
            var copy = await service.DuplicateAsync(id, StaffUser.From(user), ct);
            return Results.Created($"/api/events/{copy.Id}", copy.ToDto());
        }).RequireAuthorization(EventPolicies.Build);
        // Irreversible: the event with its responses, Q&A, people and audit log (the application log keeps who did it).
        events.MapDelete("/{id:guid}", async (Guid id, ClaimsPrincipal user, EventService service) =>
        {
            await service.DeleteAsync(id, StaffUser.Actor(user));
            return Results.NoContent();
        }).RequireAuthorization(EventPolicies.Build);
        return api;
    }
}
