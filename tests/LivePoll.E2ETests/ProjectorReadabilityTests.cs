using System.Globalization;
using System.Text.Json;
using LivePoll.Domain.Questions;
using Microsoft.Playwright;
using static LivePoll.E2ETests.Stage;
using static Microsoft.Playwright.Assertions;

namespace LivePoll.E2ETests;

/// <summary>The projector at 1920 × 1080, read from the back of a 220-seat room: no text the audience reads is under 32 px.</summary>
public sealed class ProjectorReadabilityTests(BrowserFixture browser)
{
    private const double SmallestReadablePx = 32;

    // Every visible piece of text on the projector screen with its computed size, smallest first.
    private const string TextSizes = """
        root => {
          const sizes = [];
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) {
            const element = walker.currentNode.parentElement;
            const text = walker.currentNode.textContent.trim();
            const box = element.getBoundingClientRect();
            if (!text || box.width === 0 || box.height === 0 || getComputedStyle(element).visibility === "hidden") continue;
            sizes.push({ text: text.slice(0, 40), px: parseFloat(getComputedStyle(element).fontSize) });
          }
          return JSON.stringify(sizes.sort((a, b) => a.px - b.px));
        }
        """;

    [Fact]
    public async Task Lobby_question_and_chart_text_is_at_least_32_px_and_the_join_code_never_breaks()
    {
        var ct = TestContext.Current.CancellationToken;
        using var api = await browser.App.CreateStaffClientAsync(ct);
        var ev = await ImportDemoAsync(api, "Readable from the back");
        var question = ev.Sessions.SelectMany(s => s.Questions).First(q => q.Type == QuestionType.SingleChoice);
        await using var staff = await browser.Browser.NewContextAsync(new() { BaseURL = browser.App.BaseAddress.ToString(), ViewportSize = new() { Width = 1920, Height = 1080 } });
        var projector = await staff.NewPageAsync();
        await StaffPages.SignInAsync(projector);
        await projector.GotoAsync($"/events/{ev.Id}/present");
        var screen = projector.GetByTestId("projector-screen");
        await Expect(projector.GetByTestId("join-code")).ToBeVisibleAsync();
        await AssertReadableAsync(screen, "lobby");

        (await api.PostAsync($"/api/events/{ev.Id}/questions/{question.Id}/open", null, ct)).EnsureSuccessStatusCode();
        (await api.PostAsync($"/api/events/{ev.Id}/questions/{question.Id}/reveal", null, ct)).EnsureSuccessStatusCode();
        await Expect(projector.GetByTestId("chart").Locator("canvas")).ToBeVisibleAsync();
        await AssertReadableAsync(screen, "question with results");
        // the chart is drawn by its module a moment after the canvas appears
        var canvas = await projector.GetByTestId("chart").Locator("canvas").ElementHandleAsync();
        await projector.WaitForFunctionAsync("canvas => Chart.getChart(canvas) !== undefined", canvas);
        var chartFont = await canvas.EvaluateAsync<double>("canvas => Chart.getChart(canvas).options.scales.y.ticks.font.size");
        Assert.True(chartFont >= SmallestReadablePx, $"chart labels are {chartFont} px");

        // the code stays on one line under the address, however the address wraps
        var code = projector.Locator(".join-url-code");
        var lineHeight = await code.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).lineHeight) || parseFloat(getComputedStyle(e).fontSize) * 1.3");
        var box = await code.BoundingBoxAsync();
        Assert.True(box!.Height < lineHeight * 1.5, $"the join code wraps ({box.Height} px high)");
        await ScreenshotAsync(projector, "projector-1920-readable.png");
    }

    private static async Task AssertReadableAsync(ILocator screen, string what)
    {
        List<TextSize> sizes = [];
        for (var attempt = 0; attempt < 20 && sizes.Count == 0; attempt++)
        {
            // the interactive render replaces the prerendered screen once; read it when it has text
            await screen.Page.WaitForTimeoutAsync(attempt * 100);
            sizes = JsonSerializer.Deserialize<List<TextSize>>(await screen.EvaluateAsync<string>(TextSizes), LivePoll.Web.Infrastructure.JsonDefaults.Options)!;
        }
        Assert.True(sizes.Count > 0, $"{what}: no text found");
        var tooSmall = sizes.Where(s => s.Px < SmallestReadablePx).Select(s => $"“{s.Text}” {s.Px.ToString(CultureInfo.InvariantCulture)} px").ToList();
        Assert.True(tooSmall.Count == 0, $"{what}: {string.Join("; ", tooSmall)}");
    }

    private sealed record TextSize(string Text, double Px);
}
