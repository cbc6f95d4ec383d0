using LivePoll.Web.Infrastructure;
using LivePoll.Web.Realtime;

namespace LivePoll.Web.Features.Presentation;

/// <summary>The moderator's remote control of the projector.</summary>
public sealed class PresentationService(LiveEventRegistry registry, LiveEventNotifier notifier)
{
    public async Task SetAsync(Guid eventId, ProjectorMode mode, bool highContrast)
    {
        var live = await registry.GetAsync(eventId) ?? throw new NotFoundException("The event does not exist.");
        live.SetProjector(mode, highContrast);
        notifier.Publish(eventId, new LiveEventChange(LiveEventChangeKind.ProjectorChanged));
    }
}
