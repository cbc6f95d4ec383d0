using System.Net.Http.Json;
using Deque.AxeCore.Commons;
using LivePoll.Domain.Questions;
using LivePoll.Web.Localization;
using Microsoft.Playwright;
using static LivePoll.E2ETests.Stage;
using static Microsoft.Playwright.Assertions;

namespace LivePoll.E2ETests;

/// <summary>
/// axe-core (default rules, every impact) finds nothing on any page: the audience's pages for each question type and
/// in each language, and every staff page. Violations are listed with their rule, impact and elements.
/// </summary>
public sealed class AccessibilityTests(BrowserFixture browser)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Audience_pages_have_no_violations_for_any_question_type_or_language()
    {
        using var api = await browser.App.CreateStaffClientAsync(Ct);
        var ev = await ImportDemoAsync(api, "Accessibility of the phone page");
        await using var context = await browser.NewContextAsync(phone: true);
        var phone = await context.NewPageAsync();
        var found = new List<string>();

        foreach (var path in new[] { "/", "/j/NOSUCH" }.Concat(UiLanguage.All.Select(language => $"/j/{ev.Code}?lang={language}")))
        {
            await phone.GotoAsync(path);
            found.AddRange(await ViolationsAsync(phone, path));
        }
        await phone.GotoAsync($"/j/{ev.Code}?lang=en");
        await phone.Locator(".lp-profile-skip").ClickAsync();
        foreach (var type in Enum.GetValues<QuestionType>())
        {
            var question = FirstOf(ev, type);
            await StepAsync(api, ev, question, "open");
            await Expect(phone.Locator("#lp-question .lp-question-text")).ToHaveTextAsync(question.Text);
            await phone.Locator("#lp-question button.lp-vote").ClickAsync(); // an empty vote: the refusal is announced too
            found.AddRange(await ViolationsAsync(phone, $"phone, {type}"));
        }
        (await api.PostAsJsonAsync($"/api/events/{ev.Id}/rehearsal", new { phones = 0 }, Ct)).EnsureSuccessStatusCode();
        await Expect(phone.Locator("#lp-rehearsal")).ToBeVisibleAsync();
        found.AddRange(await ViolationsAsync(phone, "phone, rehearsal"));

        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [Fact]
    public async Task Staff_pages_have_no_violations()
    {
        using var api = await browser.App.CreateStaffClientAsync(Ct);
        var ev = await ImportDemoAsync(api, "Accessibility of the staff pages");
        var question = ev.Sessions.SelectMany(s => s.Questions).First();
        await StepAsync(api, ev, question, "open");

        await using var anonymous = await browser.NewContextAsync();
        var visitor = await anonymous.NewPageAsync();
        await visitor.GotoAsync("/account/login");
        var found = await ViolationsAsync(visitor, "/account/login");

        await using var staff = await browser.NewContextAsync();
        var page = await staff.NewPageAsync();
        await StaffPages.SignInAsync(page);
        foreach (var path in new[] { "/events", $"/events/{ev.Id}", $"/events/{ev.Id}/moderate", $"/events/{ev.Id}/present", $"/events/{ev.Id}/report", $"/events/{ev.Id}/remote", "/venue" }
            .Concat(UiLanguage.All.Select(language => $"/events/{ev.Id}/booth?lang={language}")))
        {
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            found.AddRange(await ViolationsAsync(page, path));
        }
        // rehearsing, the pages carry their banners and bands
        (await api.PostAsJsonAsync($"/api/events/{ev.Id}/rehearsal", new { phones = 0 }, Ct)).EnsureSuccessStatusCode();
        foreach (var path in new[] { $"/events/{ev.Id}/moderate", $"/events/{ev.Id}/present", $"/events/{ev.Id}/report", $"/events/{ev.Id}/remote" })
        {
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            found.AddRange(await ViolationsAsync(page, $"{path} (rehearsal)"));
        }

        // the console and the event list in Chinese and in Russian
        foreach (var (name, language) in new[] { ("中文", "zh"), ("Русский", "ru") })
        {
            await page.GotoAsync("/events");
            await StaffPages.ChooseLanguageAsync(page, name, language);
            foreach (var path in new[] { "/events", $"/events/{ev.Id}/moderate" })
            {
                await page.GotoAsync(path);
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                found.AddRange(await ViolationsAsync(page, $"{path} ({language})"));
            }
        }

        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    /// <summary>axe-core's bundled script, injected once into each page it checks.</summary>
    private static readonly string AxeScript = new BundledAxeScriptProvider().GetScript();

    /// <summary>
    /// axe.run in the page itself, violations only. (The Playwright binding's RunAxe runs each check through a new blank
    /// page and returns every passing node too: seconds of browser work a page, for the same violations.)
    /// </summary>
    private static async Task<List<string>> ViolationsAsync(IPage page, string where)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(AxeScript);
        }
        var violations = await page.EvaluateAsync<string[]>("""
            async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v =>
              `${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map(n => n.html).join(' | ')}`)
            """);
        return [.. violations.Select(v => $"{where}: {v}")];
    }
}
