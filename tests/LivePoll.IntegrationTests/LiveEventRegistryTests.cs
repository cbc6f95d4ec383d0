using LivePoll.Data;
using LivePoll.Web.Realtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace LivePoll.IntegrationTests;

public sealed class LiveEventRegistryTests : AppTestBase
{
    [Fact]
    public async Task A_load_that_failed_is_tried_again_on_the_next_request_and_not_kept_until_a_restart()
    {
        using var demo = await DemoAsync();
        var database = new FailingOnce(App.Services.GetRequiredService<IDbContextFactory<LivePollDbContext>>());
        var registry = new LiveEventRegistry(database, new LiveEventNotifier(NullLogger<LiveEventNotifier>.Instance), TimeProvider.System);

        await Assert.ThrowsAsync<TimeoutException>(() => registry.GetAsync(demo.Event.Id));
        var live = await registry.GetAsync(demo.Event.Id);

        Assert.NotNull(live);
        Assert.Equal(demo.Event.Code, live.Snapshot.Code);
        Assert.Same(live, await registry.GetAsync(demo.Event.Id)); // and, once loaded, kept
    }

    /// <summary>The app's database, whose first connection fails as a busy or unreachable database would.</summary>
    private sealed class FailingOnce(IDbContextFactory<LivePollDbContext> real) : IDbContextFactory<LivePollDbContext>
    {
        private int _calls;

        public LivePollDbContext CreateDbContext() => Interlocked.Increment(ref _calls) == 1
            ? throw new TimeoutException("the database did not answer")
            : real.CreateDbContext();
    }
}
