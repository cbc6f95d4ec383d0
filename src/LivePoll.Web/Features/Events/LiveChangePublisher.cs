using LivePoll.Domain.Events;
using LivePoll.Web.Realtime;
using LivePoll.Web.Realtime.Cluster;

namespace LivePoll.Web.Features.Events;

/// <summary>After an agenda change is committed: refresh the live state, tell the phones and the staff pages.</summary>
public sealed class LiveChangePublisher(
    LiveEventRegistry registry,
    Microsoft.AspNetCore.SignalR.IHubContext<PollHub, IPollClient> hub,
    LiveEventNotifier notifier,
    ResultsBroadcaster broadcaster,
    ClusterBus cluster)
{
    public async Task AgendaChangedAsync(Event saved, Guid? questionId = null)
    {
        await registry.RefreshAsync(saved);
        if (await registry.GetAsync(saved.Id) is { } live)
        {
            await hub.Clients.Group(PollHub.GroupName(saved.Id)).QuestionChanged(live.CurrentQuestion?.ToDto());
        }
        notifier.Publish(saved.Id, new LiveEventChange(LiveEventChangeKind.AgendaChanged, questionId));
        if (questionId is { } id)
        {
            broadcaster.MarkResultsDirty(saved.Id, id);
        }
        cluster.Publish(origin => new ClusterMessage(origin, ClusterChange.Agenda, saved.Id, questionId));
    }

    /// <summary>A change that moves results only (card counts): no new question for the phones, a results broadcast.</summary>
    public async Task ResultsChangedAsync(Event saved, Guid questionId)
    {
        await registry.RefreshAsync(saved);
        notifier.Publish(saved.Id, new LiveEventChange(LiveEventChangeKind.ResultsChanged, questionId));
        broadcaster.MarkResultsDirty(saved.Id, questionId);
        cluster.Publish(origin => new ClusterMessage(origin, ClusterChange.Cards, saved.Id, questionId));
    }

    /// <summary>A rehearsal began: phones show that what they answer now is a rehearsal.</summary>
    public Task RehearsalChangedAsync(Guid eventId, bool rehearsal) => hub.Clients.Group(PollHub.GroupName(eventId)).RehearsalChanged(rehearsal);

    /// <summary>
    /// After going live is committed (and this instance's live state cleared): staff pages and phones start afresh, and the
    /// other instances forget the removed answers too.
    /// </summary>
    public async Task WentLiveAsync(Event saved, DateTimeOffset wentLiveAt)
    {
        cluster.Publish(origin => new ClusterMessage(origin, ClusterChange.WentLive, saved.Id, At: wentLiveAt));
        await AgendaChangedAsync(saved);
        broadcaster.MarkQnaDirty(saved.Id);
        broadcaster.MarkPresenceDirty(saved.Id);
        await RehearsalChangedAsync(saved.Id, rehearsal: false);
    }

    /// <summary>After the end of an event is committed (its agenda change already published): phones say thank you.</summary>
    public Task EventEndedAsync(Guid eventId) => hub.Clients.Group(PollHub.GroupName(eventId)).EventClosed();

    public async Task EventDeletedAsync(Event deleted)
    {
        await hub.Clients.Group(PollHub.GroupName(deleted.Id)).EventClosed();
        registry.Forget(deleted.Id, deleted.Code);
        notifier.Publish(deleted.Id, new LiveEventChange(LiveEventChangeKind.EventDeleted));
        cluster.Publish(origin => new ClusterMessage(origin, ClusterChange.Deleted, deleted.Id, Code: deleted.Code));
    }
}
