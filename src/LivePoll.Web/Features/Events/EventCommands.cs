using System.Collections.Concurrent;
using LivePoll.Data;
using LivePoll.Domain.Access;
using LivePoll.Domain.Events;
using LivePoll.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LivePoll.Web.Features.Events;

/// <summary>What a change did, for the activity log.</summary>
public sealed record AuditNote(string Action, string Detail);

/// <summary>
/// The one path for changes of an event: one at a time per event, each one loading the event, changing it, committing
/// and refreshing the live state before the next starts. So two staff members (or a double click, or a timer racing a
/// moderator) can never leave the memory of the app and the database disagreeing.
/// </summary>
public sealed class EventCommands(IDbContextFactory<LivePollDbContext> dbFactory, LiveChangePublisher publisher, TimeProvider time)
{
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _gates = new();

    /// <summary>Runs <paramref name="command"/> alone among the commands of this event.</summary>
    public async Task<T> SerializedAsync<T>(Guid eventId, Func<Task<T>> command)
    {
        var gate = _gates.GetOrAdd(eventId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync();
        try
        {
            return await command();
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Changes the agenda of an event. <paramref name="change"/> returns what to record in the activity log, or null when
    /// there was nothing to do (an open question opened again): then nothing is written and nobody is told.
    /// </summary>
    public Task<bool> ChangeAgendaAsync(Guid eventId, string actor, Func<Event, Task<IReadOnlyList<AuditNote>?>> change, Guid? questionId = null) =>
        SerializedAsync(eventId, async () =>
        {
            await using var db = await dbFactory.CreateDbContextAsync();
            var ev = await db.LoadEventTreeAsync(eventId);
            if (await change(ev) is not { } notes)
            {
                return false;
            }
            var now = time.GetUtcNow();
            db.AuditEntries.AddRange(notes.Select(note => AuditEntry.Of(eventId, actor, note.Action, note.Detail, now)));
            await db.SaveChangesAsync();
            await publisher.AgendaChangedAsync(ev, questionId);
            return true;
        });
}
