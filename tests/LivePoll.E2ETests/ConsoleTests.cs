using System.Net.Http.Json;
using LivePoll.Domain.Questions;
using LivePoll.Web.Features.People;
using LivePoll.Web.Features.Reports;
using LivePoll.Web.Infrastructure;
using Microsoft.Playwright;
using static LivePoll.E2ETests.Stage;
using static Microsoft.Playwright.Assertions;

namespace LivePoll.E2ETests;

/// <summary>The moderator console with many hands on it: double clicks, and two staff members in two languages.</summary>
public sealed class ConsoleTests(BrowserFixture browser)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_double_click_on_open_or_re_open_leaves_the_question_open()
    {
        using var api = await browser.App.CreateStaffClientAsync(Ct);
        var ev = await ImportDemoAsync(api, "Double clicks");
        await using var staff = await browser.NewContextAsync();
        var console = await staff.NewPageAsync();
        await StaffPages.SignInAsync(console);
        await console.GotoAsync($"/events/{ev.Id}/moderate");
        var rows = console.GetByTestId("question-row");
        await Expect(rows.First.GetByTestId("open-close")).ToBeEnabledAsync();

        await rows.Nth(0).GetByTestId("open-close").DblClickAsync();
        await Expect(rows.Nth(0).GetByTestId("state")).ToHaveTextAsync("Open");
        await rows.Nth(1).GetByTestId("open-close").ClickAsync(); // opening the next one closes the first
        await Expect(rows.Nth(0).GetByTestId("open-close")).ToHaveTextAsync("Re-open");
        await rows.Nth(0).GetByTestId("open-close").DblClickAsync();
        await Expect(rows.Nth(0).GetByTestId("state")).ToHaveTextAsync("Open");
        await console.WaitForTimeoutAsync(1000); // a late second step would show by now

        var questions = ev.Sessions.SelectMany(s => s.Questions).ToList();
        var results = (await api.GetFromJsonAsync<EventResultsDto>($"/api/events/{ev.Id}/results", JsonDefaults.Options, Ct))!;
        var states = results.Questions.ToDictionary(q => q.QuestionId, q => q.State);
        Assert.Equal(QuestionState.Open, states[questions[0].Id]);
        Assert.Equal(QuestionState.Closed, states[questions[1].Id]);
        var log = (await api.GetFromJsonAsync<List<AuditEntryDto>>($"/api/events/{ev.Id}/audit", JsonDefaults.Options, Ct))!;
        Assert.Equal(
            ["Opened question", "Closed question", "Opened question", "Closed question", "Opened question"],
            log.Where(e => e.Action.EndsWith("question", StringComparison.Ordinal)).Select(e => e.Action));
    }

    [Fact]
    public async Task Two_consoles_in_arabic_and_english_act_on_one_event_and_each_keeps_its_own_language()
    {
        using var api = await browser.App.CreateStaffClientAsync(Ct);
        var ev = await ImportDemoAsync(api, "Two consoles");
        await using var arabicStaff = await browser.NewContextAsync();
        await using var englishStaff = await browser.NewContextAsync();
        var arabic = await arabicStaff.NewPageAsync();
        var english = await englishStaff.NewPageAsync();
        ILocator Button(IPage console, int row) => console.GetByTestId("question-row").Nth(row).GetByTestId("open-close");
        foreach (var console in new[] { arabic, english })
        {
            await StaffPages.SignInAsync(console);
            await console.GotoAsync($"/events/{ev.Id}/moderate");
            await Expect(Button(console, 0)).ToBeEnabledAsync(); // interactive: the page will not be redrawn under the next click
        }
        await StaffPages.ChooseLanguageAsync(arabic, "العربية", "ar");
        await Expect(arabic.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(Button(arabic, 0)).ToBeEnabledAsync();

        await Button(english, 0).ClickAsync();
        await Expect(Button(english, 0)).ToHaveTextAsync("Close");
        await Expect(Button(arabic, 0)).ToHaveTextAsync("إغلاق"); // redrawn by the English console's step, still in Arabic
        await Expect(Button(arabic, 1)).ToHaveTextAsync("فتح");

        await Button(arabic, 1).ClickAsync();
        await Expect(Button(arabic, 1)).ToHaveTextAsync("إغلاق");
        await Expect(Button(english, 1)).ToHaveTextAsync("Close"); // and the other way round
        await Expect(Button(english, 0)).ToHaveTextAsync("Re-open");
        await Expect(Button(arabic, 0)).ToHaveTextAsync("إعادة الفتح");

        await english.GetByTestId("projector-language").ClickAsync(); // the projector's language is not a console's
        await english.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Français" }).ClickAsync();
        await arabic.WaitForTimeoutAsync(500);
        await Expect(arabic.Locator("html")).ToHaveAttributeAsync("lang", "ar");
        await Expect(Button(arabic, 0)).ToHaveTextAsync("إعادة الفتح");
        await Expect(Button(english, 0)).ToHaveTextAsync("Re-open");
        await ScreenshotAsync(arabic, "console-two-languages-ar.png");
        await ScreenshotAsync(english, "console-two-languages-en.png");
    }

    [Fact]
    public async Task Ending_the_event_after_a_confirmation_thanks_the_phones_and_reopening_lets_them_vote_again()
    {
        using var api = await browser.App.CreateStaffClientAsync(Ct);
        var ev = await ImportDemoAsync(api, "Ending");
        await using var staff = await browser.NewContextAsync();
        var console = await staff.NewPageAsync();
        await StaffPages.SignInAsync(console);
        await console.GotoAsync($"/events/{ev.Id}/moderate");
        await console.GetByTestId("question-row").First.GetByTestId("open-close").ClickAsync();
        await using var audience = await browser.NewContextAsync(phone: true);
        var phone = await audience.NewPageAsync();
        await phone.GotoAsync($"/j/{ev.Code}");
        await Expect(phone.Locator("#lp-question button.lp-vote")).ToBeVisibleAsync();

        await console.GetByTestId("end-event").ClickAsync();
        await console.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync(); // changed their mind: nothing happens
        await Expect(console.GetByTestId("end-event")).ToBeVisibleAsync();
        await console.GetByTestId("end-event").ClickAsync();
        await console.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "End event" }).ClickAsync();

        await Expect(console.GetByTestId("event-ended")).ToBeVisibleAsync();
        await Expect(phone.Locator("#lp-status")).ToHaveTextAsync("The event has ended. Thank you!");
        await Expect(phone.Locator("#lp-ask")).ToBeHiddenAsync();
        await Expect(phone.Locator("#lp-question button.lp-vote")).ToHaveCountAsync(0);
        await ScreenshotAsync(phone, "phone-event-ended.png");
        await phone.ReloadAsync(); // a phone that comes back later reads the same
        await Expect(phone.Locator("#lp-status")).ToHaveTextAsync("The event has ended. Thank you!");

        await console.GetByTestId("reopen-event").ClickAsync();
        await console.GetByTestId("question-row").First.GetByTestId("open-close").ClickAsync();
        await Expect(phone.Locator("#lp-question button.lp-vote")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task At_1366_by_768_the_console_is_calm_actions_line_up_and_the_qna_queue_is_counted_at_the_top()
    {
        using var api = await browser.App.CreateStaffClientAsync(Ct);
        var ev = await ImportDemoAsync(api, "Calm console");
        var question = FirstOf(ev, QuestionType.SingleChoice);
        await StepAsync(api, ev, question, "open");
        await using var audience = await browser.NewContextAsync(phone: true);
        var phone = await audience.NewPageAsync();
        await phone.GotoAsync($"/j/{ev.Code}");
        await phone.Locator("#lp-ask-text").FillAsync("Who pays for capacity building?");
        await phone.Locator("#lp-ask button").ClickAsync();

        await using var staff = await browser.Browser.NewContextAsync(new() { BaseURL = browser.App.BaseAddress.ToString(), ViewportSize = new() { Width = 1366, Height = 768 } });
        var console = await staff.NewPageAsync();
        await StaffPages.SignInAsync(console);
        await console.GotoAsync($"/events/{ev.Id}/moderate");
        await Expect(console.GetByTestId("qna-waiting")).ToContainTextAsync("1 waiting");
        var rows = console.GetByTestId("question-row");
        await Expect(rows.First.GetByTestId("open-close")).ToBeEnabledAsync();

        // only what applies: no results to reveal or hide on a question not asked yet
        Assert.Equal(await rows.CountAsync() - 1, await rows.Locator("[data-testid=state]", new() { HasText = "Draft" }).CountAsync());
        Assert.Equal(1, await console.GetByTestId("reveal-hide").CountAsync());
        // every row's actions end at the same place; the card steppers of every option stand in one column
        await AssertAlignedAsync(console, ".question-row-actions", "right");
        await AssertAlignedAsync(console, "[data-testid=card-count]", "left");
        await AssertAlignedAsync(console, "[data-testid=card-plus]", "left");
        await console.ScreenshotAsync(new() { Path = Screenshot("console-1366.png") });
    }

    /// <summary>The elements <paramref name="selector"/> finds share their left or right edge (within a pixel: a selected row's border is thicker).</summary>
    private static async Task AssertAlignedAsync(IPage page, string selector, string edge)
    {
        var edges = await page.Locator(selector).EvaluateAllAsync<double[]>($"all => all.map(e => e.getBoundingClientRect().{edge})");
        Assert.True(edges.Length > 1, $"{selector}: fewer than two found");
        Assert.True(edges.Max() - edges.Min() <= 1.5, $"{selector}: {edge} edges at {string.Join(", ", edges)}");
    }
}
