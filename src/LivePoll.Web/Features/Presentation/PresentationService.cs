using LivePoll.Web.Infrastructure;
using LivePoll.Web.Localization;
using LivePoll.Web.Realtime;
using LivePoll.Web.Realtime.Cluster;

namespace LivePoll.Web.Features.Presentation;

/// <summary>The moderator's remote control of the projector.</summary>
public sealed class PresentationService(LiveEventRegistry registry, LiveEventNotifier notifier, ClusterBus cluster)
{
    public async Task SetAsync(Guid eventId, ProjectorMode mode, bool highContrast)
    {
        var live = await registry.GetAsync(eventId) ?? throw new NotFoundException("TheEventDoesNotExist");
        live.SetProjector(mode, highContrast);
        Published(live);
    }

    private void Published(LiveEvent live)
    {
        notifier.Publish(live.Id, new LiveEventChange(LiveEventChangeKind.ProjectorChanged));
        var state = new ProjectorState(live.ProjectorMode, live.HighContrast, live.ProjectorLanguages);
        cluster.Publish(origin => new ClusterMessage(origin, ClusterChange.Projector, live.Id, Projector: state));
    }

    /// <summary>Shows the projector's texts in one of the event's languages, with an optional second one stacked below.</summary>
    public async Task SetLanguagesAsync(Guid eventId, string primary, string? second)
    {
        var live = await registry.GetAsync(eventId) ?? throw new NotFoundException("TheEventDoesNotExist");
        var offered = live.Snapshot.Languages;
        if (!offered.Contains(primary) || (second is not null && !offered.Contains(second)))
        {
            throw new InvalidInputException("languages", "ChooseAmongEventLanguagesN", string.Join(", ", offered));
        }
        live.SetProjectorLanguages(new ScreenLanguages(primary, second == primary ? null : second));
        Published(live);
    }
}
