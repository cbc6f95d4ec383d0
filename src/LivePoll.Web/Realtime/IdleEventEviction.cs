using LivePoll.Web.Infrastructure;
using LivePoll.Web.Options;
using Microsoft.Extensions.Options;

namespace LivePoll.Web.Realtime;

/// <summary>Once a minute, lets go of the events nobody has used for <see cref="LivePollOptions.IdleEventMinutes"/>.</summary>
public sealed class IdleEventEviction(
    LiveEventRegistry registry,
    IOptions<LivePollOptions> options,
    TimeProvider time,
    ILogger<IdleEventEviction> logger) : PeriodicService(CheckInterval, time)
{
    private static readonly TimeSpan CheckInterval = TimeSpan.FromMinutes(1);

    protected override Task TickAsync()
    {
        var evicted = registry.EvictIdle(TimeSpan.FromMinutes(options.Value.IdleEventMinutes));
        if (evicted > 0)
        {
            logger.LogInformation("{Count} idle event(s) left memory; they load again when used", evicted);
        }
        return Task.CompletedTask;
    }
}
