using LivePoll.Domain.Questions;
using Microsoft.Playwright;
using static LivePoll.E2ETests.Stage;
using static Microsoft.Playwright.Assertions;

namespace LivePoll.E2ETests;

/// <summary>
/// A venue without internet and an old phone: every request any page makes goes to the app's own origin (no CDN),
/// and a 320 px wide phone reading right to left, asking for reduced motion, on a slow-3G connection still votes.
/// </summary>
public sealed class VenueConditionsTests(BrowserFixture browser)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_request_of_every_page_goes_to_the_app_itself()
    {
        using var api = await browser.App.CreateStaffClientAsync(Ct);
        var ev = await ImportDemoAsync(api, "Offline venue");
        var question = ev.Sessions.SelectMany(s => s.Questions).First();
        await StepAsync(api, ev, question, "open");
        var origin = new Uri(browser.App.BaseAddress.GetLeftPart(UriPartial.Authority));
        var elsewhere = new List<string>();
        var seen = 0;

        await using var staff = await browser.NewContextAsync();
        var page = await staff.NewPageAsync();
        Watch(page);
        await StaffPages.SignInAsync(page);
        foreach (var path in new[] { "/", "/events", $"/events/{ev.Id}", $"/events/{ev.Id}/moderate", $"/events/{ev.Id}/present", $"/events/{ev.Id}/report", "/venue", $"/j/{ev.Code}" })
        {
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        Assert.True(seen > 30, $"only {seen} requests seen");
        Assert.True(elsewhere.Count == 0, string.Join("\n", elsewhere));

        void Watch(IPage watched)
        {
            watched.Request += (_, request) => Check(request.Url);
            watched.WebSocket += (_, socket) => Check(socket.Url);
        }

        void Check(string url)
        {
            Interlocked.Increment(ref seen);
            var uri = new Uri(url);
            if (uri.Scheme != "data" && (uri.Host != origin.Host || uri.Port != origin.Port))
            {
                lock (elsewhere)
                {
                    elsewhere.Add(url);
                }
            }
        }
    }

    [Fact]
    public async Task A_320_px_arabic_phone_on_slow_3g_with_reduced_motion_votes_without_sideways_scrolling()
    {
        using var api = await browser.App.CreateStaffClientAsync(Ct);
        var ev = await ImportDemoAsync(api, "Old phone, slow network");
        var question = FirstOf(ev, QuestionType.Ranking);
        await StepAsync(api, ev, question, "open");

        await using var context = await browser.Browser.NewContextAsync(new()
        {
            BaseURL = browser.App.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 320, Height = 640 },
            IsMobile = true,
            HasTouch = true,
            Locale = "ar",
            ReducedMotion = ReducedMotion.Reduce,
        });
        var phone = await context.NewPageAsync();
        var network = await context.NewCDPSessionAsync(phone);
        // Chromium's "Slow 3G": 400 ms round trips, 400 kbit/s each way
        await network.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
        {
            ["offline"] = false,
            ["latency"] = 400,
            ["downloadThroughput"] = 400 * 1024 / 8,
            ["uploadThroughput"] = 400 * 1024 / 8,
        });

        await phone.GotoAsync($"/j/{ev.Code}", new() { Timeout = 60_000 });
        await Expect(phone.Locator(".lp-connection")).ToHaveTextAsync("", new() { Timeout = 60_000 });
        await phone.Locator(".lp-profile-skip").ClickAsync();
        await Expect(phone.Locator("#lp-question .lp-question-text")).ToHaveTextAsync(question.In("ar").Text);
        await phone.Locator(".lp-rank-move").Nth(1).ClickAsync(); // the first item one place down
        await phone.Locator("#lp-question button.lp-vote").ClickAsync();
        await Expect(phone.Locator("#lp-status")).ToHaveTextAsync("تم تسجيل التصويت ✓", new() { Timeout = 30_000 });

        var overflow = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the page is {overflow} px wider than the 320 px screen");
        await ScreenshotAsync(phone, "phone-320-ar-ranking.png", fullPage: true);
    }
}
