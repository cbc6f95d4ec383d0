using LivePoll.Domain.Questions;
using Microsoft.Playwright;
using static LivePoll.E2ETests.Stage;
using static Microsoft.Playwright.Assertions;

namespace LivePoll.E2ETests;

/// <summary>
/// Phones in the six UN languages vote on the same question; each reads it in its own language (Arabic right to left,
/// Chinese and Russian at 320 px without sideways scrolling) and the projector, in Arabic with English below, shows one
/// pooled result.
/// </summary>
public sealed class LanguagesTests(BrowserFixture browser)
{
    private static readonly (string Locale, string Language, string Direction)[] Phones =
        [("fr-FR", "fr", "ltr"), ("es-ES", "es", "ltr"), ("ar", "ar", "rtl"), ("en-GB", "en", "ltr"), ("zh-CN", "zh", "ltr"), ("ru-RU", "ru", "ltr")];

    [Fact]
    public async Task Six_phones_in_six_languages_vote_and_the_projector_shows_one_result_in_two_languages()
    {
        using var api = await browser.App.CreateStaffClientAsync(TestContext.Current.CancellationToken);
        var ev = await ImportDemoAsync(api, "GFMD 2018 in six languages");
        var question = FirstOf(ev, QuestionType.SingleChoice);

        await using var staff = await browser.NewContextAsync();
        var moderator = await staff.NewPageAsync();
        await StaffPages.SignInAsync(moderator);
        await moderator.GotoAsync($"/events/{ev.Id}/moderate");
        await Expect(moderator.GetByTestId("start-next")).ToBeEnabledAsync();
        await ChooseAsync(moderator, "projector-language", "العربية");
        await ChooseAsync(moderator, "projector-second-language", "English");
        await moderator.GetByTestId("question-row").First.GetByTestId("open-close").ClickAsync();
        var projector = await staff.NewPageAsync();
        await projector.GotoAsync($"/events/{ev.Id}/present");
        await Expect(projector.Locator("[data-testid=question-text] .first-language")).ToHaveTextAsync(question.In("ar").Text);
        await Expect(projector.Locator("[data-testid=question-text] .second-language")).ToHaveTextAsync(question.Text);
        await Expect(projector.GetByTestId("projector-screen")).ToHaveAttributeAsync("dir", "rtl");

        var contexts = new List<IBrowserContext>();
        try
        {
            foreach (var (locale, language, direction) in Phones)
            {
                var context = await browser.NewContextAsync(phone: true, locale: locale);
                contexts.Add(context);
                var phone = await context.NewPageAsync();
                await phone.GotoAsync($"/j/{ev.Code}");
                await Expect(phone.Locator("html")).ToHaveAttributeAsync("lang", language);
                await Expect(phone.Locator("html")).ToHaveAttributeAsync("dir", direction);
                await Expect(phone.Locator(".lp-connection")).ToHaveTextAsync("");
                await phone.Locator(".lp-profile-skip").ClickAsync();
                await Expect(phone.Locator("#lp-question .lp-question-text")).ToHaveTextAsync(question.In(language).Text);
                // everyone picks the first option, as it reads in their language
                await phone.Locator(".lp-option", new() { HasText = question.Options[0].TextIn(language) }).ClickAsync();
                await phone.Locator("#lp-question button.lp-vote").ClickAsync();
                await Expect(phone.Locator("#lp-status")).ToHaveTextAsync(VoteRecorded[language]);
                if (language is "ar" or "zh" or "ru")
                {
                    await phone.SetViewportSizeAsync(320, 700);
                    var wider = await phone.EvaluateAsync<string>("""
                        () => { const w = document.documentElement.clientWidth; return document.documentElement.scrollWidth > w
                          ? [...document.querySelectorAll('body *')].filter(e => { const r = e.getBoundingClientRect(); return r.right > w + 0.5 || r.left < -0.5; })
                              .slice(0, 3).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().left) + '..' + Math.round(e.getBoundingClientRect().right)).join('; ') || 'scrolls'
                          : ''; }
                        """);
                    Assert.True(wider.Length == 0, $"{language} at 320 px scrolls sideways: {wider}");
                    await ScreenshotAsync(phone, $"languages-phone-{language}.png", fullPage: true);
                }
            }

            await Expect(projector.GetByTestId("total")).ToHaveTextAsync("الإجابات: 6");
            await Expect(projector.GetByTestId("chart").Locator("canvas")).ToHaveAttributeAsync("aria-label",
                new System.Text.RegularExpressions.Regex($"^{question.Options[0].TextIn("ar")} {question.Options[0].Text}: 6;"));
            await Expect(projector.GetByTestId("chart").Locator("canvas")).ToHaveAttributeAsync("data-direction", "rtl");
            await ScreenshotAsync(projector, "languages-projector-ar-en.png");

            // the same screen in Chinese with English below
            await ChooseAsync(moderator, "projector-language", "中文");
            await Expect(projector.Locator("[data-testid=question-text] .first-language")).ToHaveTextAsync(question.In("zh").Text);
            await Expect(projector.GetByTestId("total")).ToHaveTextAsync("回答数：6");
            await Expect(projector.GetByTestId("chart").Locator("canvas")).ToHaveAttributeAsync("data-direction", "ltr"); // drawn anew, left to right
            await ScreenshotAsync(projector, "languages-projector-zh-en.png");
        }
        finally
        {
            foreach (var context in contexts)
            {
                await context.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Staff_switch_the_console_to_arabic_and_it_reads_right_to_left()
    {
        using var api = await browser.App.CreateStaffClientAsync(TestContext.Current.CancellationToken);
        var ev = await ImportDemoAsync(api, "Console in Arabic");
        await using var staff = await browser.NewContextAsync();
        var page = await staff.NewPageAsync();
        await StaffPages.SignInAsync(page);
        await StaffPages.ChooseLanguageAsync(page, "العربية", "ar");

        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "الفعاليات" })).ToBeVisibleAsync();
        await page.GotoAsync($"/events/{ev.Id}/moderate");
        await Expect(page.GetByTestId("start-next")).ToBeEnabledAsync();
        await Expect(page.GetByTestId("question-row").First.GetByTestId("open-close")).ToHaveTextAsync("فتح");
        await ScreenshotAsync(page, "languages-console-ar.png");

        await StaffPages.ChooseLanguageAsync(page, "English", "en");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "ltr");
    }

    private static readonly Dictionary<string, string> VoteRecorded = new()
    {
        ["en"] = "Vote recorded ✓",
        ["fr"] = "Vote enregistré ✓",
        ["es"] = "Voto registrado ✓",
        ["ar"] = "تم تسجيل التصويت ✓",
        ["zh"] = "投票已记录 ✓",
        ["ru"] = "Голос учтён ✓",
    };
}
