using System.Net.Http.Json;
using LivePoll.Data;
using LivePoll.Domain.Voting;
using LivePoll.Web.Features.Reports;
using LivePoll.Web.Features.Voting;
using LivePoll.Web.Infrastructure;
using LivePoll.Web.Realtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace LivePoll.IntegrationTests;

/// <summary>Events nobody uses leave memory and come back, whole, when someone returns; events in use stay.</summary>
public sealed class IdleEventEvictionTests : AppTestBase
{
    [Fact]
    public async Task An_event_left_by_its_last_phone_leaves_memory_and_comes_back_with_every_vote()
    {
        using var staff = await App.CreateStaffClientAsync(Ct);
        var ev = await CreateYesNoEventAsync(staff, "Idle after the session");
        var question = ev.Sessions[0].Questions[0];
        (await staff.PostAsync($"/api/events/{ev.Id}/questions/{question.Id}/open", null, Ct)).EnsureSuccessStatusCode();
        var registry = App.Services.GetRequiredService<LiveEventRegistry>();

        LiveEvent? held;
        await using (var phone = await PhoneAsync())
        {
            await phone.JoinAsync(ev.Code, cancellationToken: Ct);
            Assert.True((await phone.VoteAsync(question.Id, question.Options[0].Id)).Ok);
            held = await registry.GetAsync(ev.Id);

            registry.EvictIdle(TimeSpan.Zero);

            Assert.Same(held, await registry.GetAsync(ev.Id)); // a phone is connected: it stays
        }
        // the phone has gone; once the server has seen it leave, nothing holds the event
        await Eventually(() =>
        {
            registry.EvictIdle(TimeSpan.Zero);
            return !registry.IsLoaded(ev.Id);
        });

        await using var returning = await PhoneAsync();
        await returning.JoinAsync(ev.Code, cancellationToken: Ct);
        Assert.True((await returning.VoteAsync(question.Id, question.Options[1].Id)).Ok);
        var reloaded = await registry.GetAsync(ev.Id);
        Assert.NotSame(held, reloaded);
        var results = (await staff.GetFromJsonAsync<EventResultsDto>($"/api/events/{ev.Id}/results", JsonDefaults.Options, Ct))!.Questions.Single();
        Assert.Equal([1, 1], results.Options.Select(o => o.Total));
    }

    [Fact]
    public async Task Only_an_event_nobody_asked_for_in_the_idle_time_and_nothing_holds_leaves_memory()
    {
        using var staff = await App.CreateStaffClientAsync(Ct);
        var ev = await CreateYesNoEventAsync(staff, "Held or idle");
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var notifier = new LiveEventNotifier(NullLogger<LiveEventNotifier>.Instance);
        var registry = new LiveEventRegistry(App.Services.GetRequiredService<IDbContextFactory<LivePollDbContext>>(), notifier, time);
        var idleFor = TimeSpan.FromMinutes(30);
        var live = (await registry.GetAsync(ev.Id))!;

        time.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(0, registry.EvictIdle(idleFor)); // used 29 minutes ago

        time.Advance(TimeSpan.FromMinutes(2));
        using (notifier.Subscribe(ev.Id, _ => { }))
        {
            Assert.Equal(0, registry.EvictIdle(idleFor)); // a console is open
        }
        live.PhoneConnected();
        Assert.Equal(0, registry.EvictIdle(idleFor)); // a phone is connected
        live.PhoneDisconnected();
        var write = new PendingResponse(live, ev.Sessions[0].Questions[0].Id, Guid.NewGuid(), new Ballot { OptionIds = [ev.Sessions[0].Questions[0].Options[0].Id] });
        Assert.Equal(0, registry.EvictIdle(idleFor)); // a vote is on its way to the database
        write.Complete(false);

        Assert.Equal(1, registry.EvictIdle(idleFor));
        Assert.False(registry.IsLoaded(ev.Id));
        var back = await registry.GetAsync(ev.Id);
        Assert.NotNull(back);
        Assert.NotSame(live, back);
    }
}
