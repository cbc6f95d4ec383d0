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
    IDbContextFactory<LivePollDbContext> dbFactory,
    ResultsBroadcaster broadcaster,
    LivePollMetrics metrics,
    TimeProvider time,
    ILogger<TallyReconciliation> logger) : PeriodicService(Interval, time)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    /// <summary>Votes acknowledged just before a question closed may still be on their way to the other instances.</summary>
    private static readonly TimeSpan ClosedLately = TimeSpan.FromSeconds(30);

    protected override async Task TickAsync()
    {
        if (!cluster.HasOtherInstances)
        {
            return;
        }
        foreach (var live in registry.Loaded().ToList())
        {
            try
            {
                await ReconcileAsync(live);
            }
            catch (Exception ex) when (ex is DbException or TimeoutException or InvalidOperationException)
            {
                logger.LogWarning(ex, "The tallies of event {EventId} could not be compared with the database; the next round tries again", live.Id);
            }
        }
    }

    private async Task ReconcileAsync(LiveEvent live)
    {
        var since = Time.GetUtcNow() - ClosedLately;
        var questionIds = live.Snapshot.QuestionsInOrder()
            .Where(q => q.State == QuestionState.Open || (q.State == QuestionState.Closed && q.ClosedAt > since))
            .Select(q => q.Id).ToList();
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
    }
}
