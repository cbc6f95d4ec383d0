using System.Collections.Concurrent;
using LivePoll.Data;
using LivePoll.Domain.Access;
using LivePoll.Web.Features.Events;
using LivePoll.Web.Infrastructure;
using LivePoll.Web.Realtime;
using Microsoft.EntityFrameworkCore;

namespace LivePoll.Web.Features.Rehearsal;

/// <summary>What going live removed.</summary>
public sealed record GoLiveSummary(int Responses, int AudienceQuestions, int Upvotes, int CardCountChanges, int SimulatedPhones);

/// <summary>
/// Rehearsals: a simulated room of phones (in this instance, through the real vote path) answers what the moderator
/// opens, every screen says "Rehearsal", and going live removes every answer given so far and sets the agenda back.
/// </summary>
public sealed class RehearsalService(
    EventCommands commands,
    LiveEventRegistry registry,
    LiveChangePublisher publisher,
    IDbContextFactory<LivePollDbContext> dbFactory,
    RoomServices roomServices,
    TimeProvider time,
    ILogger<RehearsalService> logger) : IHostedService
{
    public const int MaxPhones = 2000;

    /// <summary>The room of the reference side event, when the organiser did not say how many people are expected.</summary>
    public const int DefaultPhones = 220;

    /// <summary>How long going live waits for votes already on their way to the database before it removes them.</summary>
    private static readonly TimeSpan WritesDrainTimeout = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<Guid, SimulatedRoom> _rooms = new();

    /// <summary>The simulated room of the event running in this instance, if any.</summary>
    public SimulatedRoom? RoomOf(Guid eventId) => _rooms.GetValueOrDefault(eventId);

    /// <summary>How many phones a rehearsal simulates unless told: the expected audience (at most <see cref="MaxPhones"/>).</summary>
    public static int PhonesFor(int? expectedAudience) => Math.Min(expectedAudience ?? DefaultPhones, MaxPhones);

    /// <summary>
    /// Puts the event in rehearsal and starts a simulated room of <paramref name="phones"/> (a running one is replaced; none:
    /// the rehearsal is with real phones only).
    /// </summary>
    /// <exception cref="InvalidInputException">The number of phones is outside 0 … <see cref="MaxPhones"/>.</exception>
    public async Task StartAsync(Guid eventId, int phones, string actor)
    {
        if (phones is < 0 or > MaxPhones)
        {
            throw new InvalidInputException("phones", "ASimulatedRoomHasFrom02000Phones0Rehearse");
        }
        var began = false;
        await commands.ChangeAgendaAsync(eventId, actor, ev =>
        {
            began = ev.StartRehearsal(time.GetUtcNow());
            return Task.FromResult<IReadOnlyList<AuditNote>?>([new AuditNote("Started a rehearsal", $"{phones} simulated phones")]);
        });
        var live = await registry.GetAsync(eventId) ?? throw new NotFoundException("TheEventDoesNotExist");
        await StopRoomAsync(eventId);
        if (phones > 0)
        {
            _rooms[eventId] = new SimulatedRoom(live, phones, roomServices, seed: HashCode.Combine(eventId, time.GetUtcNow()));
        }
        if (began)
        {
            await publisher.RehearsalChangedAsync(eventId, rehearsal: true);
        }
    }

    /// <summary>Stops the simulated room: its phones leave, their answers stay until the event goes live.</summary>
    public async Task StopAsync(Guid eventId, string actor)
    {
        if (await StopRoomAsync(eventId))
        {
            await commands.ChangeAgendaAsync(eventId, actor, _ =>
                Task.FromResult<IReadOnlyList<AuditNote>?>([new AuditNote("Stopped the simulated room", "")]));
        }
    }

    /// <summary>
    /// The real event begins: the simulated room stops, every answer, audience question, upvote and card count given so far is
    /// removed (real phones stay joined), every question is back to draft and no part of the agenda has started.
    /// </summary>
    public async Task<GoLiveSummary> GoLiveAsync(Guid eventId, string actor)
    {
        await StopRoomAsync(eventId);
        var live = await registry.GetAsync(eventId) ?? throw new NotFoundException("TheEventDoesNotExist");
        return await commands.SerializedAsync(eventId, async () =>
        {
            await using var db = await dbFactory.CreateDbContextAsync();
            var ev = await db.LoadEventTreeAsync(eventId);
            var wentLiveAt = time.GetUtcNow();
            ev.GoLive();
            // from here no vote validates (no question is open) …
            await registry.RefreshAsync(ev);
            // … and the ones already validated are stored before they are removed
            await WhenWritesDrainedAsync(live);
            GoLiveSummary removed;
            try
            {
                removed = await RemoveAudienceAsync(db, ev, wentLiveAt, actor);
            }
            catch
            {
                await registry.ReloadSnapshotAsync(eventId);
                throw;
            }
            live.ClearAudience(wentLiveAt);
            await publisher.WentLiveAsync(ev, wentLiveAt);
            return removed;
        });
    }

    private static async Task<GoLiveSummary> RemoveAudienceAsync(LivePollDbContext db, Domain.Events.Event ev, DateTimeOffset wentLiveAt, string actor)
    {
        var questionIds = ev.QuestionsInOrder().Select(q => q.Id).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var responses = await db.Responses.Where(r => questionIds.Contains(r.QuestionId)).ExecuteDeleteAsync();
        // SQLite cannot compare times with offsets: the event's few audience questions are sorted here
        var earlier = (await db.AudienceQuestions.Where(q => q.EventId == ev.Id).Select(q => new { q.Id, q.AskedAt }).ToListAsync())
            .Where(q => q.AskedAt < wentLiveAt).Select(q => q.Id).ToList();
        var upvotes = await db.AudienceQuestionVotes.Where(v => earlier.Contains(v.AudienceQuestionId)).ExecuteDeleteAsync();
        var asked = await db.AudienceQuestions.Where(q => earlier.Contains(q.Id)).ExecuteDeleteAsync();
        var cards = await db.CardCountChanges.Where(c => c.EventId == ev.Id).ExecuteDeleteAsync();
        var simulated = await db.Participants.Where(p => p.EventId == ev.Id && p.Simulated).ExecuteDeleteAsync();
        var removed = new GoLiveSummary(responses, asked, upvotes, cards, simulated);
        db.AuditEntries.Add(AuditEntry.Of(ev.Id, actor, "Went live", $"removed {responses} answers, {asked} audience questions, " +
            $"{upvotes} upvotes, {cards} card count changes, {simulated} simulated phones", wentLiveAt));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return removed;
    }

    private async Task WhenWritesDrainedAsync(LiveEvent live)
    {
        var started = time.GetTimestamp();
        while (live.WritesInFlight > 0 && time.GetElapsedTime(started) < WritesDrainTimeout)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), time);
        }
        if (live.WritesInFlight > 0)
        {
            logger.LogWarning("Going live with {Count} writes of event {EventId} still on their way to the database", live.WritesInFlight, live.Id);
        }
    }

    private async Task<bool> StopRoomAsync(Guid eventId)
    {
        if (!_rooms.TryRemove(eventId, out var room))
        {
            return false;
        }
        await room.DisposeAsync();
        return true;
    }

    Task IHostedService.StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>On shutdown every simulated room stops before the writer does.</summary>
    Task IHostedService.StopAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(_rooms.Keys.ToList().Select(StopRoomAsync));
}
