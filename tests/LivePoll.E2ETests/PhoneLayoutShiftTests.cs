using LivePoll.Domain.Questions;
using Microsoft.Playwright;
using static LivePoll.E2ETests.Stage;
using static Microsoft.Playwright.Assertions;

namespace LivePoll.E2ETests;

/// <summary>
/// The phone page does not jump while it loads: measured as Lighthouse's mobile profile loads a page (CPU 4× slower,
/// 150 ms latency, 1.6 Mbit/s over the Chrome DevTools Protocol), with a question open and the profile question to ask.
/// </summary>
public sealed class PhoneLayoutShiftTests(BrowserFixture browser)
{
    private const string CountLayoutShifts = """
        window.layoutShift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShift += entry.value;
        }).observe({ type: "layout-shift", buffered: true });
        """;

    [Fact]
    public async Task Joining_with_a_question_open_shifts_the_layout_by_at_most_0_02()
    {
        var ct = TestContext.Current.CancellationToken;
        using var api = await browser.App.CreateStaffClientAsync(ct);
        var ev = await ImportDemoAsync(api, "Layout shift");
        var question = ev.Sessions.SelectMany(s => s.Questions).First(q => q.Type == QuestionType.SingleChoice);
        (await api.PostAsync($"/api/events/{ev.Id}/questions/{question.Id}/open", null, ct)).EnsureSuccessStatusCode();
        await using var context = await browser.NewContextAsync(phone: true);
        var phone = await context.NewPageAsync();
        var devTools = await context.NewCDPSessionAsync(phone);
        await devTools.SendAsync("Emulation.setCPUThrottlingRate", new Dictionary<string, object> { ["rate"] = 4 });
        await devTools.SendAsync("Network.enable");
        await devTools.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
        {
            ["offline"] = false, ["latency"] = 150, ["downloadThroughput"] = 1.6 * 1024 * 1024 / 8, ["uploadThroughput"] = 750 * 1024 / 8,
        });
        await phone.AddInitScriptAsync(CountLayoutShifts);

        await phone.GotoAsync($"/j/{ev.Code}");
        await Expect(phone.Locator("#lp-profile .lp-profile-skip")).ToBeVisibleAsync(); // joined, the profile question asked
        await Expect(phone.Locator("#lp-question button.lp-vote")).ToBeVisibleAsync();
        await phone.WaitForTimeoutAsync(1500); // anything still to come
        var shift = await phone.EvaluateAsync<double>("() => window.layoutShift");
        await phone.ScreenshotAsync(new() { Path = Screenshot("phone-after-join.png"), FullPage = true });
        TestContext.Current.TestOutputHelper?.WriteLine($"cumulative layout shift {shift:0.000}");

        Assert.True(shift <= 0.02, $"cumulative layout shift {shift:0.000}");
    }
}
