using LivePoll.Domain.Access;
using Microsoft.AspNetCore.Authorization;

namespace LivePoll.Web.Features.People;

/// <summary>
/// One authorization policy per <see cref="EventRight"/> ("Event.Moderate", …), for the API's endpoints and the
/// staff pages alike. The event comes from the route's <c>id</c>: a request's route values, or a page's route data.
/// </summary>
public static class EventPolicies
{
    public const string View = "Event.View";
    public const string Build = "Event.Build";
    public const string Moderate = "Event.Moderate";
    public const string Report = "Event.Report";
    public const string ManagePeople = "Event.ManagePeople";
    public const string Booth = "Event.Booth";

    /// <summary>Creating events (new, imported, duplicated): administrators and whoever organises an event.</summary>
    public const string CreateEvents = "Events.Create";

    public static AuthorizationBuilder AddEventPolicies(this AuthorizationBuilder authorization)
    {
        foreach (var permission in Enum.GetValues<EventRight>())
        {
            authorization.AddPolicy($"Event.{permission}", policy => policy.AddRequirements(new EventRightRequirement(permission)));
        }
        authorization.AddPolicy(CreateEvents, policy => policy.AddRequirements(new CreateEventsRequirement()));
        return authorization;
    }
}

public sealed record EventRightRequirement(EventRight Permission) : IAuthorizationRequirement;

internal sealed class EventRightHandler(EventAccess access) : AuthorizationHandler<EventRightRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, EventRightRequirement requirement)
    {
        var id = context.Resource switch
        {
            HttpContext http => http.GetRouteValue("id"),
            Microsoft.AspNetCore.Components.RouteData route => route.RouteValues.FirstOrDefault(v => string.Equals(v.Key, "id", StringComparison.OrdinalIgnoreCase)).Value,
            _ => null,
        };
        if (Guid.TryParse(id?.ToString(), out var eventId) && await access.AllowsAsync(context.User, eventId, requirement.Permission))
        {
            context.Succeed(requirement);
        }
    }
}

public sealed record CreateEventsRequirement : IAuthorizationRequirement;

internal sealed class CreateEventsHandler(EventAccess access) : AuthorizationHandler<CreateEventsRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, CreateEventsRequirement requirement)
    {
        if (await access.MayCreateEventsAsync(context.User))
        {
            context.Succeed(requirement);
        }
    }
}
