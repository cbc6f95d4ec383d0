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
}
