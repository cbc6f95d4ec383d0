using System.Net.Http.Json;
using LivePoll.Testing;
using LivePoll.Web.Features.Events;
using LivePoll.Web.Infrastructure;
using Microsoft.Playwright;
using static LivePoll.E2ETests.Stage;
using static Microsoft.Playwright.Assertions;

namespace LivePoll.E2ETests;

/// <summary>
/// Audience text that looks like HTML stays text on every screen (no script runs, no dialog opens), and every page
/// works under the Content-Security-Policy without a single violation in the browser console.
/// </summary>
public sealed class HardeningTests(BrowserFixture browser)
{
    private const string Hostile = "<img src=x onerror=alert(1)>";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Hostile_text_stays_inert_on_phone_projector_console_and_report_and_no_page_breaks_the_csp()
    {
        using var api = await browser.App.CreateStaffClientAsync(Ct);
        using var created = await api.PostAsJsonAsync("/api/events", new
        {
            title = $"Hardening {Hostile}",
            sessions = new[] { new { title = "Part", questions = new[] { new { type = "SingleChoice", text = $"Pick one {Hostile}", options = new[] { new { text = Hostile }, new { text = "Plain" } } } } } },
        }, Ct);
        var ev = (await created.Content.ReadFromJsonAsync<EventDto>(JsonDefaults.Options, Ct))!;
        var question = ev.Sessions[0].Questions[0];
        await StepAsync(api, ev, question, "open");
        await using var asker = await Phone.ConnectAsync(browser.App.BaseAddress, Ct);
        await asker.JoinAsync(ev.Code, cancellationToken: Ct);
        var asked = await asker.AskAsync(Hostile, author: Hostile);
        (await api.PostAsync($"/api/events/{ev.Id}/qna/{asked.Id}/approve", null, Ct)).EnsureSuccessStatusCode();

        var problems = new List<string>();
        await using var staff = await browser.NewContextAsync();
        await using var phones = await browser.NewContextAsync(phone: true);
        foreach (var context in new[] { staff, phones })
        {
            context.Console += (_, message) =>
            {
                if (message.Type == "error" || message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"console on {message.Location}: {message.Text}");
                }
            };
            context.Dialog += (_, dialog) => problems.Add($"dialog: {dialog.Message}");
        }

        var login = await staff.NewPageAsync();
        await CheckHeadersAsync(await login.GotoAsync("/account/login"));
        await StaffPages.SignInAsync(login);

        var phone = await phones.NewPageAsync();
        await CheckHeadersAsync(await phone.GotoAsync($"/j/{ev.Code}"));
        await Expect(phone.Locator(".lp-connection")).ToHaveTextAsync("");
        await Expect(phone.Locator(".lp-question-text")).ToHaveTextAsync($"Pick one {Hostile}");
        await Expect(phone.Locator(".lp-option", new() { HasText = Hostile })).ToBeVisibleAsync();
        await Expect(phone.Locator(".lp-qna-text")).ToContainTextAsync(Hostile);

        foreach (var (path, visible) in new[]
        {
            ("/events", $"Hardening {Hostile}"),
            ($"/events/{ev.Id}", $"Pick one {Hostile}"),
            ($"/events/{ev.Id}/moderate", $"Pick one {Hostile}"),
            ($"/events/{ev.Id}/present", $"Pick one {Hostile}"),
            ($"/events/{ev.Id}/report", $"Pick one {Hostile}"),
            ("/invite/not-a-valid-token", "Invitation not valid"),
            ("/account/denied", "You do not have access to this page."),
            ("/venue", "Venue check"),
        })
        {
            var page = await staff.NewPageAsync();
            await CheckHeadersAsync(await page.GotoAsync(path));
            await Expect(page.GetByText(visible).First).ToBeVisibleAsync();
            await page.WaitForTimeoutAsync(500); // late scripts (charts, the circuit) get the chance to misbehave
            Assert.Equal(0, await page.Locator("img[src='x']").CountAsync());
        }
        var builder = staff.Pages.Single(p => p.Url.EndsWith($"/events/{ev.Id}", StringComparison.Ordinal));
        await Expect(builder.GetByTestId("audit-log")).ToContainTextAsync("Opened question");
        await builder.ScreenshotAsync(new() { Path = Stage.Screenshot("builder-people-activity.png"), FullPage = true });
        var moderator = staff.Pages.Single(p => p.Url.EndsWith("/moderate", StringComparison.Ordinal));
        await Expect(moderator.Locator("body")).ToContainTextAsync(Hostile); // the Q&A queue

        Assert.Equal(0, await phone.Locator("img[src='x']").CountAsync());

        // the sign-out form works (it carries its antiforgery token) and really signs out
        await moderator.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await moderator.GotoAsync("/events");
        await Expect(moderator).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static async Task CheckHeadersAsync(IResponse? response)
    {
        Assert.NotNull(response);
        var headers = await response.AllHeadersAsync();
        Assert.Equal(WebHardening.ContentSecurityPolicy, headers["content-security-policy"]);
        Assert.Equal("nosniff", headers["x-content-type-options"]);
        Assert.Equal("no-referrer", headers["referrer-policy"]);
        Assert.False(headers.ContainsKey("server"), "the server software is not named");
    }
}
