using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LivePoll.Web.Features.Events;
using LivePoll.Web.Features.Reports;
using LivePoll.Web.Infrastructure;
using Microsoft.Playwright;
using static LivePoll.E2ETests.Stage;
using static Microsoft.Playwright.Assertions;

namespace LivePoll.E2ETests;

/// <summary>
/// The reference side event, compressed: the moderator runs every part of the agenda from the console with the
/// keyboard (as a presenter clicker does), three phones answer every question type, cards are counted in the room,
/// a timer closes a question, Q&amp;A goes from a phone to the projector, and the projector shows each of its modes.
/// </summary>
public sealed class DemoEventRehearsalTests(BrowserFixture browser)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_whole_demo_event_runs_from_the_console_with_phones_and_cards()
    {
        using var api = await browser.App.CreateStaffClientAsync(Ct);
        var ev = await ImportDemoWithTimerAsync(api);
        var q = ev.Sessions.SelectMany(s => s.Questions).ToList();

        await using var staff = await browser.NewContextAsync();
        var moderator = await staff.NewPageAsync();
        await StaffPages.SignInAsync(moderator);
        var projector = await staff.NewPageAsync();
        await projector.GotoAsync($"/events/{ev.Id}/present");
        await Expect(projector.GetByTestId("lobby")).ToBeVisibleAsync();
        await Expect(projector.GetByTestId("join-code").First).ToHaveTextAsync(ev.Code);
        await ScreenshotAsync(projector, "demo-1-lobby.png");

        var phoneContexts = new List<IBrowserContext>();
        var phones = new List<IPage>();
        for (var i = 0; i < 3; i++)
        {
            var context = await browser.NewContextAsync(phone: true);
            phoneContexts.Add(context);
            var phone = await context.NewPageAsync();
            await phone.GotoAsync($"/j/{ev.Code}");
            await Expect(phone.Locator(".lp-connection")).ToHaveTextAsync("");
            await Expect(phone.Locator(".lp-waiting")).ToBeVisibleAsync();
            // the optional profile question, once: one phone answers it, the others skip it
            await phone.GetByRole(AriaRole.Button, new() { Name = i == 0 ? "National government" : "Skip" }).ClickAsync();
            await Expect(phone.Locator("#lp-profile")).ToBeHiddenAsync();
            phones.Add(phone);
        }
        try
        {
            await moderator.GotoAsync($"/events/{ev.Id}/moderate");
            await Expect(moderator.GetByTestId("start-next")).ToBeEnabledAsync();
            await Expect(moderator.GetByTestId("connected")).ToContainTextAsync("3 connected");

            // Opening and Session I: no questions; the clicker walks the agenda and Space starts each part
            await moderator.GetByTestId("start-next").ClickAsync();
            await Expect(moderator.GetByTestId("now")).ToHaveTextAsync("Opening and introduction by the Chair");
            await BlurAsync(moderator);
            await ClickerAsync(moderator, "PageDown"); // starting a part puts the clicker on it: one step on is Session I
            await Expect(moderator.GetByTestId("session-step")).ToContainTextAsync("Session I:");
            await ClickerAsync(moderator, " ");
            await Expect(moderator.GetByTestId("now")).ToContainTextAsync("Session I:");

            // Voting exercise, question 1 (single choice): phones vote, cards are counted, the room sees one total
            await ClickerAsync(moderator, "PageDown", " ", "PageDown", " ");
            await Expect(moderator.GetByTestId("now")).ToHaveTextAsync("Interaction with the audience (voting exercise)");
            await ExpectOpenOnPhonesAsync(phones, q[0].Text);
            await ChooseAsync(phones[0], "Stronger partnerships and cooperation");
            await ChooseAsync(phones[1], "Better data and evidence for policy");
            await ChooseAsync(phones[2], "Stronger partnerships and cooperation");
            var greenRow = moderator.GetByTestId("card-row").Filter(new() { HasText = "Stronger partnerships" });
            for (var i = 0; i < 3; i++)
            {
                await greenRow.GetByTestId("card-plus").ClickAsync();
            }
            await Expect(greenRow.GetByTestId("card-total")).ToHaveTextAsync("2 phones + 3 cards = 5");
            var redRow = moderator.GetByTestId("card-row").Filter(new() { HasText = "Trust between states" });
            await redRow.GetByTestId("card-count").FillAsync("12");
            await redRow.GetByTestId("card-count").PressAsync("Tab");
            await Expect(redRow.GetByTestId("card-total")).ToHaveTextAsync("0 phones + 12 cards = 12");
            await Expect(projector.GetByTestId("chart").Locator("canvas")).ToHaveAttributeAsync("aria-label",
                new Regex("Stronger partnerships and cooperation.*: 5 \\(2 phones \\+ 3 cards\\);.*Trust between states and institutions.*: 12 \\(0 phones \\+ 12 cards\\)"));
            await Expect(projector.GetByTestId("total")).ToHaveTextAsync("Responses: 3");
            await ScreenshotAsync(projector, "demo-2-question-with-cards.png");
            var first = await ResultsAsync(api, ev, q[0].Id);
            Assert.Equal([(2, 3, 5), (1, 0, 1), (0, 0, 0), (0, 12, 12)], first.Options.Select(o => (o.Phone, o.Cards, o.Total)));

            // question 2 (multiple choice, at most 2): the next click closes question 1 and opens it
            await BlurAsync(moderator);
            await ClickerAsync(moderator, "PageDown", " ");
            await ExpectOpenOnPhonesAsync(phones, q[1].Text);
            await ChooseAsync(phones[0], "Peer-to-peer and triangular cooperation", "Flexible, quick-reaction mechanisms");
            await ChooseAsync(phones[1], "Ownership by the partner throughout");
            await ChooseAsync(phones[2], "Peer-to-peer and triangular cooperation", "Ownership by the partner throughout");
            await Expect(projector.GetByTestId("total")).ToHaveTextAsync("Responses: 3");

            // question 3 (scale, with a timer in this rehearsal): the countdown runs out and closes it everywhere
            await ClickerAsync(moderator, "PageDown", " ");
            await ExpectOpenOnPhonesAsync(phones, q[2].Text);
            await Expect(projector.GetByTestId("countdown")).ToBeVisibleAsync();
            foreach (var (phone, value) in phones.Zip(["2", "4", "5"]))
            {
                await phone.Locator(".lp-scale-step", new() { HasText = value }).ClickAsync();
                await SubmitAsync(phone, "Vote recorded ✓");
            }
            await Expect(projector.GetByTestId("figures")).ToContainTextAsync("Mean 3.67 · Median 4.0");
            foreach (var phone in phones)
            {
                await Expect(phone.Locator(".lp-closed")).ToHaveTextAsync("Voting on this question is closed.", new() { Timeout = 30_000 });
            }
            await Expect(projector.GetByTestId("question-text")).ToHaveTextAsync(q[2].Text); // locked: still on screen
            await Expect(projector.Locator(".meta")).ToContainTextAsync("voting closed");
            await Expect(moderator.GetByTestId("question-row").Nth(2).GetByTestId("state")).ToHaveTextAsync("Closed");

            // question 4 (ranking): one phone reorders by tapping, the others keep the order shown
            await ClickerAsync(moderator, "PageDown", " ");
            await ExpectOpenOnPhonesAsync(phones, q[3].Text);
            await phones[0].GetByRole(AriaRole.Button, new() { Name = "Move Staff turnover and absorption capacity down" }).ClickAsync();
            foreach (var phone in phones)
            {
                await SubmitAsync(phone, "Vote recorded ✓");
            }
            await Expect(projector.GetByTestId("total")).ToHaveTextAsync("Responses: 3");
            await ScreenshotAsync(projector, "demo-3-ranking.png");

            // question 5 (single choice, asked again at the end): the room's cards are typed in
            await ClickerAsync(moderator, "PageDown", " ");
            await ExpectOpenOnPhonesAsync(phones, q[4].Text);
            await ChooseAsync(phones[0], "Yes, mainly technical");
            await ChooseAsync(phones[1], "Yes, mainly technical");
            await ChooseAsync(phones[2], "Both equally");
            await TypeCardsAsync(moderator, "No, mainly political", 20);

            // Session II: question 6 (single choice) and question 7 (open text, word cloud)
            await ClickerAsync(moderator, "PageDown", " ");
            await Expect(moderator.GetByTestId("now")).ToContainTextAsync("Session II:");
            await ClickerAsync(moderator, "PageDown", " ");
            await ExpectOpenOnPhonesAsync(phones, q[5].Text);
            foreach (var phone in phones)
            {
                await ChooseAsync(phone, "UN Network on Migration");
            }
            await ClickerAsync(moderator, "PageDown", " ");
            await ExpectOpenOnPhonesAsync(phones, q[6].Text);
            foreach (var (phone, answer) in phones.Zip(["Funding", "Political trust", "funding"]))
            {
                await phone.Locator("#lp-question textarea").FillAsync(answer);
                await SubmitAsync(phone, "Answer recorded ✓");
            }
            await ProjectorModeAsync(moderator, "Word cloud");
            await Expect(projector.Locator(".word-cloud li").First).ToHaveTextAsync("funding");
            await ScreenshotAsync(projector, "demo-4-word-cloud.png");

            // Conclusions and Q&A: asked on one phone, approved, upvoted on another, shown on the projector
            await ProjectorModeAsync(moderator, "Follow agenda");
            await BlurAsync(moderator);
            await ClickerAsync(moderator, "PageDown", " ");
            await Expect(moderator.GetByTestId("now")).ToContainTextAsync("Conclusions by the Chair");
            await phones[0].GetByLabel("Your question").FillAsync("Who funds the mechanism after 2020?");
            await phones[0].GetByRole(AriaRole.Button, new() { Name = "Ask" }).ClickAsync();
            await Expect(phones[0].Locator(".lp-qna-status")).ToHaveTextAsync("Waiting for approval");
            await moderator.GetByTestId("qna-approve").ClickAsync();
            var upvote = phones[1].Locator(".lp-qna-item button.lp-qna-votes");
            await upvote.ClickAsync();
            await Expect(upvote.Locator("[aria-hidden=true]")).ToHaveTextAsync("▲ 1");
            await ProjectorModeAsync(moderator, "Q&A");
            await Expect(projector.GetByTestId("projector-qna")).ToContainTextAsync("Who funds the mechanism after 2020?");
            await Expect(projector.GetByTestId("projector-qna")).ToContainTextAsync("▲ 1");
            await ScreenshotAsync(projector, "demo-5-qna.png");

            // question 5 again (the copy in the conclusions): phones change their minds; results mode shows it
            await ProjectorModeAsync(moderator, "Follow agenda");
            await BlurAsync(moderator);
            await ClickerAsync(moderator, "PageDown", " ");
            await ExpectOpenOnPhonesAsync(phones, q[7].Text);
            foreach (var phone in phones)
            {
                await ChooseAsync(phone, "No, mainly political and institutional");
            }
            await TypeCardsAsync(moderator, "No, mainly political", 25);
            await ClickerAsync(moderator, " "); // lock: voting stops, the question stays on screen
            await ProjectorModeAsync(moderator, "Results");
            await Expect(projector.GetByTestId("chart").Locator("canvas")).ToHaveAttributeAsync("aria-label",
                new Regex("No, mainly political and institutional.*: 28 \\(3 phones \\+ 25 cards\\)"));
            await ScreenshotAsync(projector, "demo-6-results.png");
            var blank = moderator.GetByTestId("projector-control").Locator(".mud-toggle-item", new() { HasText = "Blank" });
            await blank.FocusAsync(); // the projector control works from the keyboard too
            await Expect(blank).ToBeFocusedAsync();
            await moderator.Keyboard.PressAsync("Enter");
            await Expect(projector.GetByTestId("blank")).ToBeVisibleAsync();
            await ScreenshotAsync(projector, "demo-7-blank.png");
            await moderator.ScreenshotAsync(new() { Path = Screenshot("demo-moderator.png"), FullPage = true });

            // what the API says at the end agrees with what the room saw
            var results = await api.GetFromJsonAsync<EventResultsDto>($"/api/events/{ev.Id}/results", JsonDefaults.Options, Ct);
            Assert.All(results!.Questions, r => Assert.Equal(3, r.Participants));
            Assert.All(results.Questions, r => Assert.Equal("Closed", r.State.ToString()));
            var before = results.Questions.Single(r => r.QuestionId == q[4].Id);
            var after = results.Questions.Single(r => r.QuestionId == q[7].Id);
            Assert.Equal([2, 20, 1], before.Options.Select(o => o.Total));
            Assert.Equal([0, 28, 0], after.Options.Select(o => o.Total));
            Assert.Equal(["funding", "political", "trust"], results.Questions.Single(r => r.QuestionId == q[6].Id).Words!.Select(w => w.Text));

            // the rapporteur's report compares the question asked twice: "No" went from 20 of 23 to 28 of 28
            var report = System.Net.WebUtility.HtmlDecode(await api.GetStringAsync($"/api/events/{ev.Id}/export/html", Ct));
            Assert.Contains("Compared with Q5 (asked earlier)", report, StringComparison.Ordinal);
            Assert.Contains("""<td dir="auto">No, mainly political and institutional</td><td>87.0 %</td><td>100.0 %</td><td>+13.0 pts</td>""", report, StringComparison.Ordinal);

            // the HTML report, opened on a 360-px phone, fits its width (tables scroll on their own)
            await using var reader = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 360, Height = 740 }, IsMobile = true });
            var page = await reader.NewPageAsync();
            await page.SetContentAsync(await api.GetStringAsync($"/api/events/{ev.Id}/export/html", Ct));
            Assert.Equal(360, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
            await page.ScreenshotAsync(new() { Path = Screenshot("report-html-360.png"), FullPage = true });
        }
        finally
        {
            foreach (var context in phoneContexts)
            {
                await context.DisposeAsync();
            }
        }
    }

    /// <summary>The demo template as the organiser would export it, with a 20-second timer on the scale question.</summary>
    private static Task<EventDto> ImportDemoWithTimerAsync(HttpClient api) => ImportDemoAsync(api, "GFMD 2018 rehearsal", template =>
    {
        var scale = template["sessions"]!.AsArray().SelectMany(s => s!["questions"]!.AsArray()).Single(x => (string?)x!["type"] == "Scale")!;
        scale["timerSeconds"] = 20;
    });

    /// <summary>Keys as a presenter clicker or the moderator's keyboard sends them to the console.</summary>
    private static async Task ClickerAsync(IPage moderator, params string[] keys)
    {
        foreach (var key in keys)
        {
            await moderator.Keyboard.PressAsync(key == " " ? "Space" : key);
            await moderator.WaitForTimeoutAsync(150); // one press per step, as a hand on a clicker does
        }
    }

    /// <summary>After a click on the console, focus leaves the button so that Space reaches the console, not the button.</summary>
    private static async Task BlurAsync(IPage moderator) => await moderator.EvaluateAsync("document.activeElement?.blur()");

    private static async Task ExpectOpenOnPhonesAsync(IEnumerable<IPage> phones, string text)
    {
        foreach (var phone in phones)
        {
            await Expect(phone.Locator(".lp-question-text")).ToHaveTextAsync(text);
            await Expect(phone.Locator("#lp-question button.lp-vote")).ToBeVisibleAsync();
        }
    }

    private static async Task ChooseAsync(IPage phone, params string[] choices)
    {
        foreach (var choice in choices)
        {
            await phone.GetByLabel(choice).CheckAsync();
        }
        await SubmitAsync(phone, "Vote recorded ✓");
    }

    private static async Task TypeCardsAsync(IPage moderator, string option, int count)
    {
        var row = moderator.GetByTestId("card-row").Filter(new() { HasText = option });
        await row.GetByTestId("card-count").FillAsync(count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await row.GetByTestId("card-count").PressAsync("Tab");
        await Expect(row.GetByTestId("card-total")).ToContainTextAsync($"+ {count} cards");
        await BlurAsync(moderator);
    }

    private static async Task<QuestionResultsDto> ResultsAsync(HttpClient api, EventDto ev, Guid questionId)
    {
        var results = await api.GetFromJsonAsync<EventResultsDto>($"/api/events/{ev.Id}/results", JsonDefaults.Options, Ct);
        return results!.Questions.Single(r => r.QuestionId == questionId);
    }
}
