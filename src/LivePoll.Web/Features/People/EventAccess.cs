using System.Security.Claims;
using LivePoll.Data;
using LivePoll.Domain.Access;
using LivePoll.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace LivePoll.Web.Features.People;

/// <summary>Who may do what with an event: administrators everything, everyone else what their role in it grants.</summary>
public sealed class EventAccess(IDbContextFactory<LivePollDbContext> dbFactory)
{
    public static bool IsAdmin(ClaimsPrincipal user) => user.IsInRole(AdminAccounts.AdminRole);

    public static string? UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    public async Task<bool> AllowsAsync(ClaimsPrincipal user, Guid eventId, EventRight permission)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return false;
        }
        if (IsAdmin(user))
        {
            return true;
        }
        return UserId(user) is { } userId && (await RoleAsync(userId, eventId))?.Grants(permission) == true;
    }

    public async Task<bool> MayCreateEventsAsync(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && MayCreateEvents(user, (await RolesOfAsync(user))?.Values ?? []);

    /// <summary>Administrators and organisers create events; a moderator or rapporteur only works in the events they were invited to.</summary>
    public static bool MayCreateEvents(ClaimsPrincipal user, IEnumerable<EventRole> roles) => IsAdmin(user) || roles.Contains(EventRole.Organiser);

    public async Task<EventRole?> RoleAsync(string userId, Guid eventId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.EventMembers.AsNoTracking()
            .Where(m => m.EventId == eventId && m.UserId == userId)
            .Select(m => (EventRole?)m.Role)
            .FirstOrDefaultAsync();
    }

    /// <summary>The events a staff member sees in the list: all for an administrator, else those they have a role in.</summary>
    public async Task<IReadOnlyDictionary<Guid, EventRole>?> RolesOfAsync(ClaimsPrincipal user)
    {
        if (IsAdmin(user))
        {
            return null;
        }
        var userId = UserId(user) ?? "";
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.EventMembers.AsNoTracking().Where(m => m.UserId == userId).ToDictionaryAsync(m => m.EventId, m => m.Role);
    }
}

public static class PeopleServiceCollectionExtensions
{
    public static IServiceCollection AddPeople(this IServiceCollection services) => services
        .AddSingleton<EventAccess>()
        .AddSingleton<PeopleService>();
}
