using LivePoll.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LivePoll.E2ETests;

internal static class StaffPages
{
    /// <summary>Signs the page's browser context in as the administrator, through the sign-in form.</summary>
    public static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/events");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login\\?ReturnUrl=%2Fevents"));
        await page.GetByLabel("E-mail").FillAsync(LivePollAppFactory.AdminEmail);
        await page.GetByLabel("Password").FillAsync(LivePollAppFactory.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Events" })).ToBeVisibleAsync();
    }

    /// <summary>
    /// Picks a language in the app bar and waits for the page to come back in it (<paramref name="lang"/> on the html
    /// element). A click that lands while the page's circuit starts can be lost, as a person's would: then it is made again.
    /// </summary>
    public static async Task ChooseLanguageAsync(IPage page, string name, string lang)
    {
        for (var attempt = 1; ; attempt++)
        {
            await page.GetByTestId("language-switch").GetByRole(AriaRole.Button, new() { Name = name }).ClickAsync();
            try
            {
                await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", lang, new() { Timeout = attempt < 3 ? 5_000 : 15_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
                // clicked while the page was being replaced: click again
            }
        }
    }
}
