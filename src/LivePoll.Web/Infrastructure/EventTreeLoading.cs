using LivePoll.Data;
using LivePoll.Domain.Events;
using Microsoft.EntityFrameworkCore;

namespace LivePoll.Web.Infrastructure;

internal static class EventTreeLoading
{
    /// <summary>The whole event (sessions, questions, options), tracked for a change; 404 when there is none.</summary>
    public static async Task<Event> LoadEventTreeAsync(this LivePollDbContext db, Guid eventId) =>
        await db.EventTrees.FirstOrDefaultAsync(e => e.Id == eventId) ?? throw new NotFoundException("TheEventDoesNotExist");
}
