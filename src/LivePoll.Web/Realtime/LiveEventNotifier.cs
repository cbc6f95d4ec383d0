using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace LivePoll.Web.Realtime;

public enum LiveEventChangeKind
{
    /// <summary>Agenda, question states or visibility changed.</summary>
    AgendaChanged,
    ResultsChanged,
    PresenceChanged,

    /// <summary>Audience questions were asked, upvoted or moderated.</summary>
    QnaChanged,

    /// <summary>The moderator switched what the projector shows.</summary>
    ProjectorChanged,
    EventDeleted,
}

public sealed record LiveEventChange(LiveEventChangeKind Kind, Guid? QuestionId = null);

/// <summary>
/// In-process fan-out of live changes to the staff pages (Blazor circuits). Handlers run on the
/// publisher's thread: they must only schedule work (e.g. <c>InvokeAsync</c>), never block.
/// </summary>
public sealed class LiveEventNotifier(ILogger<LiveEventNotifier> logger)
{
    private readonly ConcurrentDictionary<Guid, ImmutableList<Action<LiveEventChange>>> _handlers = new();

    public IDisposable Subscribe(Guid eventId, Action<LiveEventChange> handler)
    {
        _handlers.AddOrUpdate(eventId, _ => [handler], (_, list) => list.Add(handler));
        return new Subscription(() => _handlers.AddOrUpdate(eventId, _ => [], (_, list) => list.Remove(handler)));
    }

    /// <summary>True while a console, projector or report page is open on the event.</summary>
    public bool HasSubscribers(Guid eventId) => _handlers.TryGetValue(eventId, out var handlers) && !handlers.IsEmpty;

    public void Publish(Guid eventId, LiveEventChange change)
    {
        if (!_handlers.TryGetValue(eventId, out var handlers))
        {
            return;
        }
        foreach (var handler in handlers)
        {
            try
            {
                handler(change);
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "A live-change handler for event {EventId} failed", eventId);
            }
        }
    }

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        private Action? _unsubscribe = unsubscribe;

        public void Dispose() => Interlocked.Exchange(ref _unsubscribe, null)?.Invoke();
    }
}
