using Bunit;
using Bunit.Rendering;
using Bunit.TestDoubles;
using LivePoll.Data;
using LivePoll.Domain.Events;
using LivePoll.Web.Features.Events;
using LivePoll.Web.Features.People;
using LivePoll.Web.Features.Rehearsal;
using LivePoll.Web.Features.Reports;
using LivePoll.Web.Features.Voting;
using LivePoll.Web.Localization;
using LivePoll.Web.Options;
using LivePoll.Web.Realtime;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace LivePoll.Web.Tests;

/// <summary>
/// Staff components rendered with the real services over an in-memory SQLite database that holds
/// the seeded demo event; only the browser (JS interop) is faked.
/// </summary>
public abstract class StaffPageContext : BunitContext, IAsyncLifetime
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    protected StaffPageContext()
    {
        _connection.Open();
        Services.AddLogging();
        Services.AddDbContextFactory<LivePollDbContext>(o => o.UseSqlite(_connection));
        Services.AddOptions<LivePollOptions>().Configure(o => o.PublicBaseUrl = "https://vote.example.org");
        Services.AddSingleton(TimeProvider.System);
        Services.AddRealtime().AddEvents().AddVoting().AddRehearsals().AddReports().AddPeople(); // the app's own registrations; hosted services are not started here
        Services.AddMudServices();
        Services.AddUiLanguages();
        Authorization = AddAuthorization().SetAuthorized("admin@livepoll.test").SetRoles(LivePoll.Web.Features.Accounts.AdminAccounts.AdminRole);
        JSInterop.Mode = JSRuntimeMode.Loose;
        // Clicks are saved through the real (in-memory SQLite) database; a loaded CI machine needs more than 1 s.
        DefaultWaitTimeout = TimeSpan.FromSeconds(10);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    protected Event Demo { get; private set; } = default!;

    /// <summary>Who is signed in: the administrator, unless a test signs in someone else.</summary>
    protected BunitAuthorizationContext Authorization { get; }

    /// <summary>
    /// Clicks the <paramref name="index"/>-th match of <paramref name="selector"/> and waits for its handler.
    /// Live pages redraw on their own (votes, timers); when a redraw lands between finding the element
    /// and dispatching the click, the click reached nothing and is made again on the fresh element.
    /// </summary>
    protected static Task ClickAsync<TComponent>(IRenderedComponent<TComponent> cut, string selector, int index = 0)
        where TComponent : IComponent => OnFreshElementAsync(cut, selector, index, element => element.ClickAsync(new MouseEventArgs()));

    /// <summary>Sets a field's value (its change event) and waits for its handler, like <see cref="ClickAsync"/>.</summary>
    protected static Task ChangeAsync<TComponent>(IRenderedComponent<TComponent> cut, string selector, object value, int index = 0)
        where TComponent : IComponent => OnFreshElementAsync(cut, selector, index, element => element.ChangeAsync(new ChangeEventArgs { Value = value }));

    /// <summary>
    /// Types a value into a field (its input event) and waits for its handler, like <see cref="ClickAsync"/>.
    /// bUnit's synchronous <c>Input</c> does not wait: on a busy renderer its handler can run after the next step,
    /// or fail on a redrawn element without anyone noticing.
    /// </summary>
    protected static Task InputAsync<TComponent>(IRenderedComponent<TComponent> cut, string selector, string value, int index = 0)
        where TComponent : IComponent => OnFreshElementAsync(cut, selector, index, element => element.InputAsync(new ChangeEventArgs { Value = value }));

    private static async Task OnFreshElementAsync<TComponent>(IRenderedComponent<TComponent> cut, string selector, int index, Func<AngleSharp.Dom.IElement, Task> act)
        where TComponent : IComponent
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await act(cut.FindAll(selector)[index]);
                return;
            }
            catch (UnknownEventHandlerIdException) when (attempt < 5)
            {
                // redrawn in between: find it again
            }
        }
    }

    protected LiveEvent Live { get; private set; } = default!;

    public async ValueTask InitializeAsync()
    {
        var factory = Services.GetRequiredService<IDbContextFactory<LivePollDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
        }
        await Services.GetRequiredService<DemoEventSeeder>().SeedAsync();
        await using (var db = await factory.CreateDbContextAsync())
        {
            Demo = await db.EventTrees.AsNoTracking().SingleAsync(e => e.Code == DemoEventSeeder.Code);
        }
        Live = (await Services.GetRequiredService<LiveEventRegistry>().GetAsync(Demo.Id))!;
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _connection.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
