using LivePoll.Web.Features.Reports;
using LivePoll.Web.Realtime.Cluster;
using Microsoft.AspNetCore.SignalR;
using System.Collections.Concurrent;

namespace LivePoll.Web.Realtime;

/// <summary>
/// Coalesces changes and sends them at most four times a second: results to phones (only while the audience may see
/// them, and only from the instance that holds the event's <see cref="ResultsLease"/>) and change notices to the staff
/// pages. The first change after a quiet moment goes out at once; the changes that follow it within the interval wait
/// for its end and go out together.
/// </summary>
public sealed class ResultsBroadcaster(
    LiveEventRegistry registry,
    IHubContext<PollHub, IPollClient> hub,
    LiveEventNotifier notifier,
    ClusterBus cluster,
    ResultsLease lease,
    TimeProvider time,
    LivePoll.Web.Features.Operations.LivePollMetrics metrics,
    ILogger<ResultsBroadcaster> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan PresenceReportInterval = TimeSpan.FromSeconds(10);

    // released when something is marked dirty; one release is enough, the next flush takes every change made until then
    private readonly SemaphoreSlim _changed = new(0, 1);
    private DateTimeOffset _lastPresenceReport = time.GetUtcNow();

    private readonly ConcurrentDictionary<(Guid EventId, Guid QuestionId), bool> _dirtyResults = new();
    // value: whether the other instances are told this instance's count (false for a count they sent)
    private readonly ConcurrentDictionary<Guid, bool> _dirtyPresence = new();
    private readonly ConcurrentDictionary<Guid, bool> _dirtyQna = new();

    public void MarkResultsDirty(Guid eventId, Guid questionId)
    {
        _dirtyResults[(eventId, questionId)] = true;
        Signal();
    }

    public void MarkPresenceDirty(Guid eventId, bool share = true)
    {
        _dirtyPresence.AddOrUpdate(eventId, share, (_, before) => before || share);
        Signal();
    }

    public void MarkQnaDirty(Guid eventId, bool toPhones = true)
    {
        _dirtyQna.AddOrUpdate(eventId, toPhones, (_, before) => before || toPhones);
        Signal();
    }

    private void Signal()
    {
        if (_changed.CurrentCount == 0)
        {
            try
            {
                _changed.Release();
            }
            catch (SemaphoreFullException)
            {
                // another change signalled first: the same flush takes this one
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                await _changed.WaitAsync(PresenceReportInterval, stoppingToken);
                var flushedAt = time.GetTimestamp();
                ReportPresenceWhenDue();
                await FlushAsync();
                // at most four flushes a second: the next one waits for what is left of this one's interval
                if (Interval - time.GetElapsedTime(flushedAt) is { Ticks: > 0 } rest)
                {
                    await Task.Delay(rest, time, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }

    public override void Dispose()
    {
        _changed.Dispose();
        base.Dispose();
    }

    /// <summary>Every 10 s each instance reports its phones again, so that a count from a stopped instance expires.</summary>
    private void ReportPresenceWhenDue()
    {
        if (!cluster.HasOtherInstances || time.GetUtcNow() - _lastPresenceReport < PresenceReportInterval)
        {
            return;
        }
        _lastPresenceReport = time.GetUtcNow();
        foreach (var live in registry.Loaded().Where(l => l.ConnectedHere > 0))
        {
            MarkPresenceDirty(live.Id);
        }
    }

    internal async Task FlushAsync()
    {
        if (_dirtyPresence.IsEmpty && _dirtyQna.IsEmpty && _dirtyResults.IsEmpty)
        {
            return;
        }
        var startedAt = System.Diagnostics.Stopwatch.GetTimestamp();
        await SendChangesAsync();
        metrics.Broadcast(startedAt);
    }

    private async Task SendChangesAsync()
    {
        foreach (var eventId in _dirtyPresence.Keys)
        {
            _dirtyPresence.TryRemove(eventId, out var share);
            notifier.Publish(eventId, new LiveEventChange(LiveEventChangeKind.PresenceChanged));
            if (share && registry.IsLoaded(eventId) && await registry.GetAsync(eventId) is { } live)
            {
                cluster.Publish(origin => new ClusterMessage(origin, ClusterChange.Presence, eventId, Connected: live.ConnectedHere));
            }
        }
        foreach (var eventId in _dirtyQna.Keys)
        {
            _dirtyQna.TryRemove(eventId, out var toPhones);
            try
            {
                await SendQnaAsync(eventId, toPhones);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Broadcasting the Q&A of event {EventId} failed", eventId);
            }
        }
        foreach (var key in _dirtyResults.Keys)
        {
            _dirtyResults.TryRemove(key, out _);
            try
            {
                await SendResultsAsync(key.EventId, key.QuestionId);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Broadcasting results of question {QuestionId} failed", key.QuestionId);
            }
        }
    }

    /// <summary>Staff pages hear of every change; phones get the public questions (their own pending ones they keep).</summary>
    private async Task SendQnaAsync(Guid eventId, bool toPhones)
    {
        if (await registry.GetAsync(eventId) is not { } live)
        {
            return;
        }
        notifier.Publish(eventId, new LiveEventChange(LiveEventChangeKind.QnaChanged));
        if (!toPhones)
        {
            return;
        }
        await hub.Clients.Group(PollHub.GroupName(eventId)).QnaUpdated(QnaItemDto.ListFor(live.Qna, participantId: null));
    }

    /// <summary>
    /// Staff pages here hear of every change. Phones hear from the one instance that holds the event's lease (through the
    /// SignalR backplane, on every instance), each message with its sequence.
    /// </summary>
    private async Task SendResultsAsync(Guid eventId, Guid questionId)
    {
        if (await registry.GetAsync(eventId) is not { } live || live.Snapshot.FindQuestion(questionId) is not { } question)
        {
            return;
        }
        notifier.Publish(eventId, new LiveEventChange(LiveEventChangeKind.ResultsChanged, questionId));
        if (question.ResultsVisibleToAudience && await lease.HeldSinceAsync(eventId) is { } epoch)
        {
            // the version is read first: the results computed after it hold at least what it counts
            var sequence = new ResultsSequence(epoch, live.TallyFor(questionId).Version);
            await hub.Clients.Group(PollHub.GroupName(eventId)).ResultsUpdated(ResultsService.For(live, question).ToDto() with { Sequence = sequence });
        }
    }
}
