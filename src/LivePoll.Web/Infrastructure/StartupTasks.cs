using LivePoll.Web.Features.Accounts;
using LivePoll.Web.Features.Events;
using LivePoll.Web.Options;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace LivePoll.Web.Infrastructure;

internal static class StartupTasks
{
    /// <summary>Migrates the database, creates the configured administrator and seeds the demo event.</summary>
    public static async Task PrepareAsync(this WebApplication app)
    {
        await app.Services.MigrateDatabaseAsync();
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<AdminAccounts>().BootstrapFromConfigurationAsync(app.Logger);
        if (app.Services.GetRequiredService<IOptions<LivePollOptions>>().Value.Demo.Seed)
        {
            await app.Services.GetRequiredService<DemoEventSeeder>().SeedAsync();
        }
        app.Lifetime.ApplicationStarted.Register(() => PrintAddresses(app));
    }

    private static void PrintAddresses(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            app.Logger.LogInformation(
                "LivePoll is ready. Staff: {Address}/events (first run: {Address}/setup) · demo phone page: {Address}/j/{Code}",
                address, address, address, DemoEventSeeder.Code);
        }
    }
}
