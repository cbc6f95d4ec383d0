using LivePoll.Web.Features.Reports;
using LivePoll.Web.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using System.Collections.Concurrent;

namespace LivePoll.Web.Realtime;

/// <summary>
/// Coalesces changes and sends them at most four times a second per event: results to phones
/// (only while the audience may see them) and change notices to the staff pages.
/// </summary>
public sealed class ResultsBroadcaster(
    LiveEventRegistry registry,
    IHubContext<PollHub, IPollClient> hub,
    LiveEventNotifier notifier,
    TimeProvider time,
    ILogger<ResultsBroadcaster> logger) : PeriodicService(Interval, time)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    // value: whether the phones are told too (false when another instance committed the change: its message
    // reaches them through the SignalR backplane, and only the staff pages here need to hear of it)
    private readonly ConcurrentDictionary<(Guid EventId, Guid QuestionId), bool> _dirtyResults = new();
    private readonly ConcurrentDictionary<Guid, byte> _dirtyPresence = new();
    private readonly ConcurrentDictionary<Guid, bool> _dirtyQna = new();

    public void MarkResultsDirty(Guid eventId, Guid questionId, bool toPhones = true) =>
        _dirtyResults.AddOrUpdate((eventId, questionId), toPhones, (_, before) => before || toPhones);

    public void MarkPresenceDirty(Guid eventId) => _dirtyPresence.TryAdd(eventId, 0);

    public void MarkQnaDirty(Guid eventId, bool toPhones = true) => _dirtyQna.AddOrUpdate(eventId, toPhones, (_, before) => before || toPhones);

    protected override Task TickAsync() => FlushAsync();

    internal async Task FlushAsync()
    {
        foreach (var eventId in _dirtyPresence.Keys)
        {
            _dirtyPresence.TryRemove(eventId, out _);
            notifier.Publish(eventId, new LiveEventChange(LiveEventChangeKind.PresenceChanged));
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
            _dirtyResults.TryRemove(key, out var toPhones);
            try
            {
                await SendResultsAsync(key.EventId, key.QuestionId, toPhones);
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

    private async Task SendResultsAsync(Guid eventId, Guid questionId, bool toPhones)
    {
        if (await registry.GetAsync(eventId) is not { } live || live.Snapshot.FindQuestion(questionId) is not { } question)
        {
            return;
        }
        notifier.Publish(eventId, new LiveEventChange(LiveEventChangeKind.ResultsChanged, questionId));
        if (toPhones && question.ResultsVisibleToAudience)
        {
            await hub.Clients.Group(PollHub.GroupName(eventId)).ResultsUpdated(ResultsService.For(live, question).ToDto());
        }
    }
}
