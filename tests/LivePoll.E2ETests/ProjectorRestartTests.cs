using System.Net.Http.Json;
using LivePoll.Testing;
using LivePoll.Web.Features.Events;
using LivePoll.Web.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LivePoll.E2ETests;

/// <summary>The server restarts while 220 people look at the projector: they see the last picture and a small mark, never a framework dialog.</summary>
[Collection(AppRestartTests.Name)]
public sealed class ProjectorRestartTests(BrowserFixture browser)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task During_a_server_restart_the_projector_keeps_its_picture_with_a_calm_mark_and_comes_back_by_itself()
    {
        await using var server = await RestartableApp.StartAsync(Ct);
        using var api = await LivePollAppFactory.SignInAsync(server.CreateClient(), Ct);
        var demoId = await DemoIdAsync(api);
        await using var staff = await browser.Browser.NewContextAsync(new() { BaseURL = server.BaseAddress.ToString(), ViewportSize = new() { Width = 1920, Height = 1080 } });
        var projector = await staff.NewPageAsync();
        await StaffPages.SignInAsync(projector);
        await projector.GotoAsync($"/events/{demoId}/present");
        await Expect(projector.GetByTestId("join-code").First).ToHaveTextAsync("GFMD18");
        // live, not only its prerendered picture: a page whose circuit never started has no connection to lose
        await Expect(projector.GetByTestId("projector-screen")).ToHaveAttributeAsync("data-live", "true");

        await server.KillAsync();
        await Expect(projector.GetByTestId("projector-reconnecting")).ToBeVisibleAsync();
        await projector.WaitForTimeoutAsync(3000);
        await Expect(projector.GetByTestId("projector-screen")).ToBeVisibleAsync(); // the last picture stays
        await Expect(projector.Locator("dialog")).ToHaveCountAsync(0);
        await Expect(projector.GetByText("Rejoin")).ToHaveCountAsync(0);
        await projector.ScreenshotAsync(new() { Path = Stage.Screenshot("projector-reconnecting.png") });

        await server.RestartAsync(Ct);
        await Expect(projector.GetByTestId("projector-reconnecting")).ToBeHiddenAsync(new() { Timeout = 60_000 });
        await Expect(projector.GetByTestId("join-code").First).ToHaveTextAsync("GFMD18"); // the lobby, live again
    }

    private static async Task<Guid> DemoIdAsync(HttpClient api)
    {
        var events = await api.GetFromJsonAsync<List<EventSummaryDto>>("/api/events", JsonDefaults.Options, Ct);
        return events!.Single(e => e.Code == "GFMD18").Id;
    }
}
