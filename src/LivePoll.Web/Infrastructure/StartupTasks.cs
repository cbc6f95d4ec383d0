using LivePoll.Web.Features.Accounts;
using LivePoll.Web.Features.Events;
using LivePoll.Web.Features.Venue;
using LivePoll.Web.Options;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace LivePoll.Web.Infrastructure;

internal static class StartupTasks
{
    /// <summary>Migrates the database, creates the configured administrator and seeds the demo event (one instance at a time).</summary>
    public static async Task PrepareAsync(this WebApplication app)
    {
        await using (await StartupLock.AcquireAsync(app.Configuration))
        {
            await app.Services.MigrateDatabaseAsync();
            using var scope = app.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<AdminAccounts>().BootstrapFromConfigurationAsync(app.Logger);
            if (app.Services.GetRequiredService<IOptions<LivePollOptions>>().Value.Demo.Seed)
            {
                await app.Services.GetRequiredService<DemoEventSeeder>().SeedAsync();
            }
        }
        app.Lifetime.ApplicationStarted.Register(() => PrintAddresses(app));
    }

    private static void PrintAddresses(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses.Select(Browsable))
        {
            app.Logger.LogInformation(
                "LivePoll is ready. Staff: {Address}/events (first run: {Address}/setup) · demo phone page: {Address}/j/{Code}",
                address, address, address, DemoEventSeeder.Code);
        }
    }

    /// <summary>"http://0.0.0.0:5000" (every network) as an address a browser can open: the laptop's LAN address.</summary>
    private static string Browsable(string address)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var parsed) || parsed.Host is not ("0.0.0.0" or "[::]") || LanAddress.Find() is not { } lan)
        {
            return address;
        }
        return new UriBuilder(parsed) { Host = lan.ToString() }.Uri.GetLeftPart(UriPartial.Authority);
    }
}
