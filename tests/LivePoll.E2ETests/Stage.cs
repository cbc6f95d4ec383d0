using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LivePoll.Web.Features.Events;
using LivePoll.Web.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LivePoll.E2ETests;

/// <summary>Steps the end-to-end tests take on the console, the projector and the phones.</summary>
internal static class Stage
{
    /// <summary>Clicks a mode of the console's projector control (a MudBlazor toggle group).</summary>
    public static Task ProjectorModeAsync(IPage moderator, string label) =>
        moderator.GetByTestId("projector-control").Locator(".mud-toggle-item", new() { HasText = label }).ClickAsync();

    /// <summary>Sends the phone's answer as it stands and waits for the confirmation that it is stored.</summary>
    public static async Task SubmitAsync(IPage phone, string confirmation)
    {
        await phone.Locator("#lp-question button.lp-vote").ClickAsync();
        await Expect(phone.Locator("#lp-status")).ToHaveTextAsync(confirmation);
    }

    /// <summary>A copy of the demo event (its exported template, translations included) under a title of its own.</summary>
    public static async Task<EventDto> ImportDemoAsync(HttpClient api, string title, Action<JsonObject>? change = null)
    {
        var ct = TestContext.Current.CancellationToken;
        var events = await api.GetFromJsonAsync<List<EventSummaryDto>>("/api/events", JsonDefaults.Options, ct);
        var demo = events!.Single(e => e.Code == "GFMD18");
        var template = (await api.GetFromJsonAsync<JsonObject>($"/api/events/{demo.Id}/export/json", ct))!;
        template["title"] = title;
        change?.Invoke(template);
        using var response = await api.PostAsJsonAsync("/api/events", template, ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<EventDto>(JsonDefaults.Options, ct))!;
    }

    /// <summary>The event's first question of <paramref name="type"/>, in agenda order.</summary>
    public static QuestionDto FirstOf(EventDto ev, LivePoll.Domain.Questions.QuestionType type) =>
        ev.Sessions.SelectMany(s => s.Questions).First(q => q.Type == type);

    /// <summary>A moderation step on a question through the API (open, close, reveal, hide…), as a console would.</summary>
    public static async Task StepAsync(HttpClient api, EventDto ev, QuestionDto question, string step)
    {
        using var response = await api.PostAsync($"/api/events/{ev.Id}/questions/{question.Id}/{step}", null, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Picks an item of a MudBlazor select (its list opens in a popover).</summary>
    public static async Task ChooseAsync(IPage page, string testId, string item)
    {
        await page.GetByTestId(testId).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = item }).ClickAsync();
        await Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
    }

    /// <summary>
    /// Closes an open multiple-choice list with Escape as a keyboard user does, and presses it again when the list is
    /// still open a moment later (a key pressed while the server redraws the list can be lost, as for a person).
    /// </summary>
    public static async Task CloseListAsync(IPage page)
    {
        var open = page.Locator(".mud-popover-open");
        for (var attempt = 1; ; attempt++)
        {
            await page.Keyboard.PressAsync("Escape");
            try
            {
                await Expect(open).ToHaveCountAsync(0, new() { Timeout = attempt < 3 ? 5_000 : 15_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
            }
        }
    }

    public static string Screenshot(string name) => Path.Combine(BrowserFixture.ScreenshotDirectory, name);

    /// <summary>After the chart's 300 ms animation, so the picture shows the bars at their height.</summary>
    public static async Task ScreenshotAsync(IPage page, string name, bool fullPage = false)
    {
        await page.WaitForTimeoutAsync(600);
        await page.ScreenshotAsync(new() { Path = Screenshot(name), FullPage = fullPage });
    }
}
