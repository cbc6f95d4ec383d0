using System.Data.Common;
using LivePoll.Data;
using LivePoll.Domain.Questions;
using LivePoll.Web.Features.Operations;
using LivePoll.Web.Infrastructure;
using LivePoll.Web.Realtime.Cluster;
using Microsoft.EntityFrameworkCore;

namespace LivePoll.Web.Realtime;

/// <summary>
/// With other instances, once a second: the tallies of the questions open now (or closed in the last half minute) are
/// brought to what the database stored — the truth — so that a change whose notice was lost (Redis dropped its
/// subscribers, an instance stopped between its commit and its publish) shows on every instance within about a second.
/// A ballot this instance applied after the read began is newer than the read and stays.
/// </summary>
public sealed class TallyReconciliation(
    LiveEventRegistry registry,
    ClusterBus cluster,
    ResultsLease lease,
    IDbContextFactory<LivePollDbContext> dbFactory,
    ResultsBroadcaster broadcaster,
    LivePollMetrics metrics,
    TimeProvider time,
    ILogger<TallyReconciliation> logger) : PeriodicService(Interval, time)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    /// <summary>Votes acknowledged just before a question closed may still be on their way to the other instances.</summary>
    private static readonly TimeSpan ClosedLately = TimeSpan.FromSeconds(30);

    // per question: its tally's version at the last round, and whether its results were sent again since
    private readonly Dictionary<Guid, (long Version, bool SentAgain)> _lastSeen = [];
    // per event: since when this instance sends its results to the phones (absent while another instance does)
    private readonly Dictionary<Guid, long> _sendingSince = [];

    protected override async Task TickAsync()
    {
        if (!cluster.HasOtherInstances)
        {
            return;
        }
        var live = registry.Loaded().ToList();
        var recent = new HashSet<Guid>();
        foreach (var loaded in live)
        {
            var questionIds = RecentQuestions(loaded).ToList();
            recent.UnionWith(questionIds);
            try
            {
                await ReconcileAsync(loaded, questionIds);
            }
            catch (Exception ex) when (ex is DbException or TimeoutException or InvalidOperationException)
            {
                logger.LogWarning(ex, "The tallies of event {EventId} could not be compared with the database; the next round tries again", loaded.Id);
            }
        }
        foreach (var gone in _lastSeen.Keys.Where(id => !recent.Contains(id)).ToList())
        {
            _lastSeen.Remove(gone);
        }
        foreach (var gone in _sendingSince.Keys.Where(id => !live.Any(l => l.Id == id)).ToList())
        {
            _sendingSince.Remove(gone);
        }
    }

    /// <summary>The questions open now or closed in the last half minute.</summary>
    private IEnumerable<Guid> RecentQuestions(LiveEvent live)
    {
        var since = Time.GetUtcNow() - ClosedLately;
        return live.Snapshot.QuestionsInOrder()
            .Where(q => q.State == QuestionState.Open || (q.State == QuestionState.Closed && q.ClosedAt > since))
            .Select(q => q.Id);
    }

    private async Task ReconcileAsync(LiveEvent live, List<Guid> questionIds)
    {
        if (questionIds.Count == 0)
        {
            return;
        }
        var readFrom = questionIds.ToDictionary(id => id, id => live.TallyFor(id).Version);
        await using var db = await dbFactory.CreateDbContextAsync();
        var stored = await db.Responses.AsNoTracking().Where(r => questionIds.Contains(r.QuestionId)).WithLanguage(db).ToListAsync();
        foreach (var question in stored.GroupBy(answer => answer.Response.QuestionId))
        {
            var repaired = live.TallyFor(question.Key).Reconcile(
                question.Select(answer => KeyValuePair.Create(answer.Response.ParticipantId, answer.Ballot)), readFrom[question.Key]);
            if (repaired > 0)
            {
                metrics.Repaired(repaired);
                broadcaster.MarkResultsDirty(live.Id, question.Key);
                logger.LogInformation("{Count} answer(s) to question {QuestionId} reached this instance from the database, not from their notice", repaired, question.Key);
            }
        }
        await KeepPhonesUpToDateAsync(live, questionIds);
    }

    /// <summary>
    /// Results reach the phones of other instances through Redis and can be lost with it (a failover, dropped
    /// subscribers): once a question's tally has stopped changing for a round, its results are sent once more, so every
    /// phone ends on the last picture. And when this instance has just taken over sending from one that is gone, it
    /// sends every recent question's results at once.
    /// </summary>
    private async Task KeepPhonesUpToDateAsync(LiveEvent live, IEnumerable<Guid> questionIds)
    {
        var sendingSince = await lease.HeldSinceAsync(live.Id);
        var tookOver = sendingSince is { } since && (!_sendingSince.TryGetValue(live.Id, out var before) || before != since);
        if (sendingSince is { } now)
        {
            _sendingSince[live.Id] = now;
        }
        else
        {
            _sendingSince.Remove(live.Id);
        }
        foreach (var questionId in questionIds)
        {
            var version = live.TallyFor(questionId).Version;
            if (tookOver)
            {
                broadcaster.MarkResultsDirty(live.Id, questionId);
                _lastSeen[questionId] = (version, true);
                continue;
            }
            if (_lastSeen.TryGetValue(questionId, out var seen) && seen.Version == version)
            {
                if (!seen.SentAgain)
                {
                    broadcaster.MarkResultsDirty(live.Id, questionId);
                    _lastSeen[questionId] = (version, true);
                }
                continue;
            }
            _lastSeen[questionId] = (version, false);
        }
    }
}
