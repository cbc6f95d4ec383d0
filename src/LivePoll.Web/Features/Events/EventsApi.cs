using LivePoll.Web.Infrastructure;

namespace LivePoll.Web.Features.Events;

internal static class EventsApi
{
    public static RouteGroupBuilder MapEventsApi(this RouteGroupBuilder api)
    {
        var events = api.MapGroup("/events");
        events.MapGet("/", async (EventService service, CancellationToken ct) => TypedResults.Ok(await service.ListAsync(ct)));
        events.MapGet("/{id:guid}", async (Guid id, EventService service, CancellationToken ct) =>
            await service.GetAsync(id, ct) is { } ev ? Results.Ok(ev.ToDto()) : throw new NotFoundException("The event does not exist."));
        events.MapPost("/", async (EventTemplate? template, EventService service, CancellationToken ct) =>
        {
            if (template is null)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: "Send an event as JSON.");
            }
            var (created, errors) = await service.CreateAsync(template, cancellationToken: ct);
            return created is null
                ? Results.ValidationProblem(errors, title: "The event is not valid")
                : Results.Created($"/api/events/{created.Id}", created.ToDto());
        });
        events.MapPost("/{id:guid}/duplicate", async (Guid id, EventService service, CancellationToken ct) =>
        {
            var copy = await service.DuplicateAsync(id, ct);
            return Results.Created($"/api/events/{copy.Id}", copy.ToDto());
        });
        return api;
    }
}
