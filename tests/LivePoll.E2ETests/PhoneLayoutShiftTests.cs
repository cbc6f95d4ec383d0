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
    // Adds up the layout shifts and notes what moved (for the failure message).
    private const string CountLayoutShifts = """
        window.layoutShift = 0;
        window.moved = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            if (entry.hadRecentInput) continue;
            window.layoutShift += entry.value;
            for (const source of entry.sources ?? []) {
              const node = source.node;
              window.moved.push(node ? `${node.nodeName.toLowerCase()}${node.id ? "#" + node.id : ""}${node.className ? "." + String(node.className).split(" ")[0] : ""}` : "?");
            }
          }
        }).observe({ type: "layout-shift", buffered: true });
        """;

    [Fact]
    public async Task Joining_with_a_question_open_shifts_the_layout_by_at_most_0_02()
    {
        var ct = TestContext.Current.CancellationToken;
        using var api = await browser.App.CreateStaffClientAsync(ct);
        var ev = await ImportDemoAsync(api, "Layout shift");
        var question = FirstOf(ev, QuestionType.SingleChoice);
        await StepAsync(api, ev, question, "open");
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
        await Expect(phone.Locator("#lp-profile .lp-profile-skip")).ToBeEnabledAsync(); // joined, the profile question asked
        await Expect(phone.Locator("#lp-question button.lp-vote")).ToBeVisibleAsync();
        await phone.WaitForTimeoutAsync(1500); // anything still to come
        var shift = await phone.EvaluateAsync<double>("() => window.layoutShift");
        await phone.ScreenshotAsync(new() { Path = Screenshot("phone-after-join.png"), FullPage = true });
        TestContext.Current.TestOutputHelper?.WriteLine($"cumulative layout shift {shift:0.000}");

        Assert.True(shift <= 0.02, $"cumulative layout shift {shift:0.000}");
    }

    /// <summary>
    /// Every question type, in each of the demo's languages, at 360 and 412 px, for a phone that is asked the profile
    /// question and for one that has answered it: four phones at once, each loading the page afresh for each question
    /// (the cold, throttled load is the test above; what moves the page here is what arrives after the first paint,
    /// whatever the speed).
    /// </summary>
    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("es")]
    [InlineData("ar")]
    public async Task No_question_type_moves_once_shown_in_any_language_at_any_phone_width(string language)
    {
        var ct = TestContext.Current.CancellationToken;
        using var api = await browser.App.CreateStaffClientAsync(ct);
        var ev = await ImportDemoAsync(api, $"Layout shift {language}");
        (int Width, bool ProfileAnswered)[] kinds = [(360, false), (360, true), (412, false), (412, true)];
        var phones = await Task.WhenAll(kinds.Select(k => PhoneAsync(ev.Code, language, k.Width, k.ProfileAnswered)));
        try
        {
            List<string> shifts = [];
            foreach (var type in Enum.GetValues<QuestionType>())
            {
                var question = FirstOf(ev, type);
                await StepAsync(api, ev, question, "open");
                var measured = await Task.WhenAll(phones.Select((phone, i) => MeasureAsync(phone, ev.Code, kinds[i].ProfileAnswered)));
                shifts.Add($"{type} {string.Join(" / ", measured.Select(m => m.Shift.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)))}");
                Assert.True(measured.All(m => m.Shift <= 0.02),
                    $"{type} in {language}: {string.Join("; ", shifts)}; moved: {string.Join(", ", measured.SelectMany(m => m.Moved).Distinct())}");
            }
            TestContext.Current.TestOutputHelper?.WriteLine(
                $"{language}, 360 px with / without the profile question, then 412 px with / without: {string.Join("; ", shifts)}");
        }
        finally
        {
            await Task.WhenAll(phones.Select(p => p.Context.DisposeAsync().AsTask()));
        }
    }

    /// <summary>A phone of the given width and language, counting layout shifts on every page it loads.</summary>
    private async Task<IPage> PhoneAsync(string code, string language, int width, bool profileAnswered)
    {
        var context = await browser.Browser.NewContextAsync(new()
        {
            Locale = language, BaseURL = browser.App.BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = 780 }, IsMobile = true, HasTouch = true,
        });
        var phone = await context.NewPageAsync();
        await phone.AddInitScriptAsync(CountLayoutShifts);
        if (profileAnswered)
        {
            // a phone that answered it before keeps both marks the script leaves
            await phone.AddInitScriptAsync($"localStorage.setItem('livepoll:{code}:profile', '1')");
            await context.AddCookiesAsync([new() { Name = LivePoll.Web.Features.Voting.ProfileSection.CookieName(code), Value = "1", Url = browser.App.BaseAddress.ToString() }]);
        }
        return phone;
    }

    private static async Task<(double Shift, string[] Moved)> MeasureAsync(IPage phone, string code, bool profileAnswered)
    {
        await phone.GotoAsync($"/j/{code}");
        await Expect(phone.Locator("#lp-question button.lp-vote")).ToBeVisibleAsync();
        await Expect(phone.Locator("#lp-ask-text")).ToBeEnabledAsync(); // joined
        await Expect(phone.Locator("#lp-profile .lp-profile-skip")).ToHaveCountAsync(profileAnswered ? 0 : 1);
        await phone.WaitForTimeoutAsync(500); // anything still to come
        return (await phone.EvaluateAsync<double>("() => window.layoutShift"), await phone.EvaluateAsync<string[]>("() => window.moved"));
    }
}
