using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LivePoll.Domain.Questions;
using Microsoft.Playwright;
using static LivePoll.E2ETests.Stage;
using static Microsoft.Playwright.Assertions;

namespace LivePoll.E2ETests;

/// <summary>The projector at 1920 × 1080, read from the back of a 220-seat room: no text the audience reads is under 32 px.</summary>
public sealed class ProjectorReadabilityTests(BrowserFixture browser)
{
    private const double SmallestReadablePx = 32;

    /// <summary>Many long options may shrink the chart's labels down to 60 % of the 32 px, and no further.</summary>
    private const double SmallestChartLabelPx = 19;

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
        var question = FirstOf(ev, QuestionType.SingleChoice);
        await using var staff = await browser.Browser.NewContextAsync(new() { BaseURL = browser.App.BaseAddress.ToString(), ViewportSize = new() { Width = 1920, Height = 1080 } });
        var projector = await staff.NewPageAsync();
        await StaffPages.SignInAsync(projector);
        await projector.GotoAsync($"/events/{ev.Id}/present");
        var screen = projector.GetByTestId("projector-screen");
        await Expect(projector.GetByTestId("join-code")).ToBeVisibleAsync();
        await AssertReadableAsync(screen, "lobby");

        await StepAsync(api, ev, question, "open");
        await StepAsync(api, ev, question, "reveal");
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

    // The chart's option labels as Chart.js laid them out: each label's box (its lines around its tick), the widest line
    // measured in the label's own font, the room the axis has, and each bar's count as the screen reader hears it.
    private const string LabelLayout = """
        canvas => {
          const chart = Chart.getChart(canvas);
          const axis = chart.scales.y;
          const ctx = chart.ctx;
          const items = axis.getLabelItems();
          let widest = 0;
          const boxes = items.map((item, i) => {
            const lines = Array.isArray(item.label) ? item.label : [item.label];
            ctx.save();
            ctx.font = item.font.string;
            for (const line of lines) widest = Math.max(widest, ctx.measureText(line).width);
            ctx.restore();
            const centre = axis.getPixelForTick(i);
            const height = lines.length * item.font.lineHeight;
            return { top: centre - height / 2, bottom: centre + height / 2, first: lines[0].replace(/[\u2068\u2069]/g, "") };
          });
          return JSON.stringify({ size: items[0].font.size, boxes, widest, axisWidth: axis.width, height: chart.height });
        }
        """;

    [Fact]
    public async Task Twelve_options_of_200_characters_stay_legible_on_the_projector_chart_without_overprinting()
    {
        var ct = TestContext.Current.CancellationToken;
        using var api = await browser.App.CreateStaffClientAsync(ct);
        var ev = await ImportDemoAsync(api, "Twelve long options", template =>
        {
            var question = template["sessions"]!.AsArray().SelectMany(s => s!["questions"]!.AsArray()).First(q => (string?)q!["type"] == nameof(QuestionType.SingleChoice))!;
            question["options"] = new JsonArray([.. Enumerable.Range(0, Question.MaxOptions).Select(i => (JsonNode)new JsonObject { ["text"] = LongOption(i) })]);
        });
        var question = ev.Sessions.SelectMany(s => s.Questions).Single(q => q.Options.Count == Question.MaxOptions);
        await StepAsync(api, ev, question, "open");
        (await api.PutAsJsonAsync($"/api/events/{ev.Id}/questions/{question.Id}/cards",
            new { counts = question.Options.Select((o, i) => new { optionId = o.Id, count = 3 * i }) }, ct)).EnsureSuccessStatusCode();
        await StepAsync(api, ev, question, "reveal");
        await using var staff = await browser.Browser.NewContextAsync(new() { BaseURL = browser.App.BaseAddress.ToString(), ViewportSize = new() { Width = 1920, Height = 1080 } });
        var projector = await staff.NewPageAsync();
        await StaffPages.SignInAsync(projector);
        await projector.GotoAsync($"/events/{ev.Id}/present");
        var canvas = projector.GetByTestId("chart").Locator("canvas");
        await Expect(canvas).ToHaveAttributeAsync("aria-label", new Regex($"^{Regex.Escape(LongOption(0))}: 0; .*{Regex.Escape(LongOption(11))}: 33 \\(0 phones \\+ 33 cards\\)$"));
        // the interactive render replaces the prerendered canvas, and the chart is drawn on it a moment later
        await projector.WaitForFunctionAsync("() => Chart.getChart(document.querySelector('[data-testid=chart] canvas'))?.scales.y.getLabelItems().length === 12");

        var layout = JsonSerializer.Deserialize<LabelLayoutResult>(await canvas.EvaluateAsync<string>(LabelLayout), LivePoll.Web.Infrastructure.JsonDefaults.Options)!;
        await ScreenshotAsync(projector, "projector-12-long-options.png");
        TestContext.Current.TestOutputHelper?.WriteLine($"labels at {layout.Size} px, widest line {layout.Widest:0} px in an axis {layout.AxisWidth:0} px wide");

        Assert.True(layout.Size >= SmallestChartLabelPx, $"labels shrank to {layout.Size} px");
        Assert.True(layout.Widest <= layout.AxisWidth, $"a line {layout.Widest:0} px wide runs into the bars ({layout.AxisWidth:0} px of room)");
        var boxes = layout.Boxes.OrderBy(b => b.Top).ToList();
        Assert.All(boxes, b => Assert.True(b.Top >= 0 && b.Bottom <= layout.Height, $"“{b.First}” leaves the chart ({b.Top:0}–{b.Bottom:0} of {layout.Height:0} px)"));
        Assert.All(boxes.Zip(boxes.Skip(1)), pair => Assert.True(pair.First.Bottom <= pair.Second.Top, $"“{pair.First.First}” overprints “{pair.Second.First}”"));
        // each label still starts with its own words: shortened at the end, never replaced
        Assert.Equal(Enumerable.Range(1, Question.MaxOptions).Select(n => $"{n}."), layout.Boxes.Select(b => b.First.Split(' ')[0]));
    }

    private static string LongOption(int index)
    {
        string[] words = ["capacity", "building", "for", "local", "authorities", "migrant", "workers", "data", "and", "evidence", "regional", "partnerships"];
        var text = $"{index + 1}. " + string.Join(' ', Enumerable.Range(0, 40).Select(k => words[(index + k) % words.Length]));
        return text[..QuestionOption.MaxTextLength].TrimEnd();
    }

    private sealed record LabelLayoutResult(double Size, List<LabelBox> Boxes, double Widest, double AxisWidth, double Height);

    private sealed record LabelBox(double Top, double Bottom, string First);

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
