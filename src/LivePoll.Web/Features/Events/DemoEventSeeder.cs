using System.Text.Json;
using LivePoll.Data;
using LivePoll.Domain.Events;
using LivePoll.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LivePoll.Web.Features.Events;

/// <summary>Seeds the reference side event (GFMD 2018, join code GFMD18) from its template; does nothing when it exists.</summary>
public sealed class DemoEventSeeder(EventService events, IDbContextFactory<LivePollDbContext> dbFactory)
{
    public const string Code = "GFMD18";

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            if (await db.Events.AnyAsync(e => e.Code == Code, cancellationToken))
            {
                return;
            }
        }
        var (created, errors) = await events.CreateAsync(LoadTemplate(), creator: null, Code, EventStatus.Live, cancellationToken);
        if (created is null)
        {
            throw new InvalidOperationException("The demo template is invalid: " + string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
        }
    }

    public static EventTemplate LoadTemplate()
    {
        using var stream = typeof(DemoEventSeeder).Assembly.GetManifestResourceStream("LivePoll.Web.Features.Events.Templates.gfmd18.json")
            ?? throw new InvalidOperationException("The demo template is missing from the assembly.");
        return JsonSerializer.Deserialize<EventTemplate>(stream, JsonDefaults.Options) ?? throw new InvalidOperationException("The demo template is empty.");
    }
}
