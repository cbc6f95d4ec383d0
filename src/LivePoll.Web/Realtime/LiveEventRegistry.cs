using LivePoll.Data;
using LivePoll.Domain.Events;
using Microsoft.EntityFrameworkCore;
using System.Collections.Concurrent;

namespace LivePoll.Web.Realtime;

/// <summary>
/// Loads each event once into memory, tallies rebuilt from its stored responses, and keeps it there while it is used
/// (<see cref="EvictIdle"/> lets go of the others). Votes are validated and counted against this state, never by
/// reading the database.
/// </summary>
public sealed class LiveEventRegistry(IDbContextFactory<LivePollDbContext> dbFactory, LiveEventNotifier notifier, TimeProvider time)
{
    private readonly ConcurrentDictionary<Guid, Lazy<Task<LiveEvent?>>> _events = new();
    private readonly ConcurrentDictionary<string, Guid> _idsByCode = new(StringComparer.Ordinal);

    /// <summary>The events in memory now.</summary>
    public IEnumerable<LiveEvent> Loaded() => _events.Values.Select(LoadedValue).OfType<LiveEvent>();

    /// <summary>Phones connected to any loaded event.</summary>
    public int ConnectedPhones => Loaded().Sum(live => live.ConnectedPhones);

    public async Task<LiveEvent?> FindByCodeAsync(string code, CancellationToken cancellationToken = default)
    {
        if (!_idsByCode.TryGetValue(code, out var id))
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var found = await db.Events.Where(e => e.Code == code).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(cancellationToken);
            if (found is null)
            {
                return null;
            }
            id = found.Value;
        }
        return await GetAsync(id);
    }

    public async Task<LiveEvent?> GetAsync(Guid eventId)
    {
        while (true)
        {
            var lazy = _events.GetOrAdd(eventId, id => new Lazy<Task<LiveEvent?>>(() => LoadAsync(id)));
            LiveEvent? live;
            try
            {
                live = await lazy.Value;
            }
            catch
            {
                // a load that failed (database busy, connection lost) is tried again by the next caller, not kept
                Remove(eventId, lazy);
                throw;
            }
            if (live is null)
            {
                Remove(eventId, lazy);
                return null;
            }
            lock (live.UseGate)
            {
                // EvictIdle removes under the same lock: an event handed out here stays in memory for the idle time at least,
                // long enough for its user to connect a phone, subscribe or start a write, each of which keeps it
                if (_events.TryGetValue(eventId, out var current) && current == lazy)
                {
                    live.LastUsed = time.GetUtcNow();
                    return live;
                }
            }
            // let go of between its load and now: load it again
        }
    }

    /// <summary>
    /// Lets go of the events nobody has asked for in <paramref name="idleFor"/> and that nothing holds (no phone connected
    /// here, no console, projector or report open, no write under way, no running timer); they load again on demand.
    /// </summary>
    /// <returns>How many were let go of.</returns>
    public int EvictIdle(TimeSpan idleFor)
    {
        var since = time.GetUtcNow() - idleFor;
        var evicted = 0;
        foreach (var (eventId, lazy) in _events)
        {
            if (LoadedValue(lazy) is not { } live)
            {
                continue;
            }
            lock (live.UseGate)
            {
                if (live.IsIdleSince(since) && !notifier.HasSubscribers(eventId) && Remove(eventId, lazy))
                {
                    _idsByCode.TryRemove(live.Snapshot.Code, out _);
                    evicted++;
                }
            }
        }
        return evicted;
    }

    /// <summary>Publishes a saved change of the agenda to the in-memory state; tallies are kept.</summary>
    public async Task RefreshAsync(Event saved)
    {
        if (_events.TryGetValue(saved.Id, out var lazy) && await lazy.Value is { } live)
        {
            live.Replace(saved);
        }
    }

    /// <summary>True when this instance holds the event in memory.</summary>
    public bool IsLoaded(Guid eventId) => _events.ContainsKey(eventId);

    /// <summary>Re-reads the agenda of a loaded event from the database (another instance changed it); tallies are kept.</summary>
    public async Task ReloadSnapshotAsync(Guid eventId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        if (await db.EventTrees.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId) is { } saved)
        {
            await RefreshAsync(saved);
        }
    }

    public void Forget(Guid eventId, string code)
    {
        _events.TryRemove(eventId, out _);
        _idsByCode.TryRemove(code, out _);
    }

    /// <summary>The event of a finished, successful load; null while loading, after a failure or for no event.</summary>
    private static LiveEvent? LoadedValue(Lazy<Task<LiveEvent?>> lazy) =>
        lazy.IsValueCreated && lazy.Value.IsCompletedSuccessfully ? lazy.Value.Result : null;

    /// <summary>Removes this load of the event, not one that has replaced it meanwhile.</summary>
    private bool Remove(Guid eventId, Lazy<Task<LiveEvent?>> lazy) => _events.TryRemove(KeyValuePair.Create(eventId, lazy));

    private async Task<LiveEvent?> LoadAsync(Guid eventId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var snapshot = await db.EventTrees.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId);
        if (snapshot is null)
        {
            return null;
        }
        var live = new LiveEvent(snapshot);
        var questionIds = snapshot.Sessions.SelectMany(s => s.Questions).Select(q => q.Id).ToList();
        var answers = db.Responses.AsNoTracking().Where(r => questionIds.Contains(r.QuestionId)).WithLanguage(db);
        await foreach (var answer in answers.AsAsyncEnumerable())
        {
            live.TallyFor(answer.Response.QuestionId).Apply(answer.Response.ParticipantId, answer.Ballot);
        }
        foreach (var question in await db.AudienceQuestions.AsNoTracking().Where(q => q.EventId == eventId).ToListAsync())
        {
            live.Qna.Add(question);
        }
        var upvotes = await db.AudienceQuestionVotes.AsNoTracking()
            .Join(db.AudienceQuestions.Where(q => q.EventId == eventId), v => v.AudienceQuestionId, q => q.Id, (v, _) => v)
            .ToListAsync();
        foreach (var upvote in upvotes)
        {
            live.Qna.TryUpvote(upvote.AudienceQuestionId, upvote.ParticipantId);
        }
        _idsByCode[snapshot.Code] = eventId;
        return live;
    }
}
