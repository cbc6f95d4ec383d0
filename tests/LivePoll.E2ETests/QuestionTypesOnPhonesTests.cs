using System.Net.Http.Json;
using System.Text.RegularExpressions;
using LivePoll.Web.Features.Events;
using LivePoll.Web.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static LivePoll.E2ETests.Stage;

namespace LivePoll.E2ETests;

/// <summary>Scale, ranking and open-text questions and Q&amp;A on real phone pages; the projector's modes switched from the console.</summary>
public sealed class QuestionTypesOnPhonesTests(BrowserFixture browser)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Phones_rate_rank_answer_in_words_and_ask_and_the_projector_shows_each_mode()
    {
        using var api = await browser.App.CreateStaffClientAsync(Ct);
        var ev = await CreateEventAsync(api);
        var questions = ev.Sessions.Single().Questions;
        await using var staff = await browser.NewContextAsync();
        var projector = await staff.NewPageAsync();
        await StaffPages.SignInAsync(projector);
        await projector.GotoAsync($"/events/{ev.Id}/present");
        await Expect(projector.GetByTestId("lobby")).ToBeVisibleAsync();

        await using var contextA = await browser.NewContextAsync(phone: true);
        await using var contextB = await browser.NewContextAsync(phone: true);
        var phoneA = await contextA.NewPageAsync();
        var phoneB = await contextB.NewPageAsync();
        foreach (var phone in new[] { phoneA, phoneB })
        {
            await phone.GotoAsync($"/j/{ev.Code}");
            await Expect(phone.Locator(".lp-connection")).ToHaveTextAsync("");
        }

        // Scale 1–5 with end labels
        await StepAsync(api, ev, questions[0], "open");
        await Expect(phoneA.Locator(".lp-scale-ends")).ToContainTextAsync("1 = Not at all");
        await phoneA.Locator(".lp-scale-step", new() { HasText = "4" }).ClickAsync();
        await SubmitAsync(phoneA, "Vote recorded ✓");
        await phoneB.Locator(".lp-scale-step", new() { HasText = "2" }).ClickAsync();
        await SubmitAsync(phoneB, "Vote recorded ✓");
        await Expect(projector.GetByTestId("figures")).ToHaveTextAsync(new Regex(@"Mean 3(\.0)? · Median 3(\.0)?"));
        await Expect(phoneA.Locator(".lp-results-title")).ToHaveTextAsync("Results · votes: 2 · mean 3.0");
        await Expect(projector.GetByTestId("chart").Locator("canvas")).ToHaveAttributeAsync("aria-label", new Regex("(^|; )2: 1; .*4: 1"));
        await ScreenshotAsync(projector, "projector-scale.png");

        // Ranking: phone A moves the first item down by tapping; phone B keeps the order
        await StepAsync(api, ev, questions[1], "open");
        await phoneA.GetByRole(AriaRole.Button, new() { Name = "Move Funding down" }).ClickAsync();
        await Expect(phoneA.Locator(".lp-rank-text").First).ToHaveTextAsync("Trust");
        await SubmitAsync(phoneA, "Vote recorded ✓");
        await SubmitAsync(phoneB, "Vote recorded ✓");
        await Expect(phoneB.Locator(".lp-results-title")).ToHaveTextAsync("Results · rankings: 2");
        await phoneA.ScreenshotAsync(new() { Path = Screenshot("phone-ranking.png"), FullPage = true });
        var ranking = await ResultsAsync(api, ev, questions[1]);
        Assert.Equal([3L, 3L, 0L], ranking.Options.Select(o => o.Points!.Value)); // Funding 2+1, Trust 1+2, Time 0+0

        // Open text: the projector draws a word cloud
        await StepAsync(api, ev, questions[2], "open");
        await phoneA.Locator("#lp-question textarea").FillAsync("Funding and trust");
        await SubmitAsync(phoneA, "Answer recorded ✓");
        await phoneB.Locator("#lp-question textarea").FillAsync("funding");
        await SubmitAsync(phoneB, "Answer recorded ✓");
        await Expect(projector.GetByTestId("total")).ToHaveTextAsync("Responses: 2");
        await Expect(projector.GetByTestId("figures")).ToHaveCountAsync(0); // the count is said once, not twice
        await Expect(projector.Locator(".word-cloud li")).ToHaveTextAsync(["funding", "trust"]);
        await Expect(phoneB.Locator(".lp-results-title")).ToHaveTextAsync("Results · answers: 2");
        await ScreenshotAsync(projector, "projector-wordcloud.png");
        await phoneB.ScreenshotAsync(new() { Path = Screenshot("phone-open-text.png"), FullPage = true });

        // Q&A: a phone asks, the moderator approves, another phone upvotes, the projector shows it
        await phoneA.GetByLabel("Your question").FillAsync("Who pays for the follow-up?");
        await phoneA.GetByLabel("Your name (optional)").FillAsync("Amina");
        await phoneA.GetByRole(AriaRole.Button, new() { Name = "Ask" }).ClickAsync();
        await Expect(phoneA.Locator("#lp-status")).ToHaveTextAsync("Question sent ✓ — it appears once the moderator approves it.");
        await Expect(phoneA.Locator(".lp-qna-status")).ToHaveTextAsync("Waiting for approval");
        var moderator = await staff.NewPageAsync();
        await moderator.GotoAsync($"/events/{ev.Id}/moderate");
        await moderator.GetByTestId("qna-approve").ClickAsync();
        var upvote = phoneB.Locator(".lp-qna-item button.lp-qna-votes");
        await Expect(upvote).ToHaveAccessibleNameAsync("Upvote (votes: 0)");
        await Expect(upvote.Locator("[aria-hidden=true]")).ToHaveTextAsync("▲ 0");
        await upvote.ClickAsync();
        await Expect(upvote).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(upvote).ToHaveAccessibleNameAsync("Upvoted (votes: 1)");
        await Expect(upvote.Locator("[aria-hidden=true]")).ToHaveTextAsync("▲ 1");

        await ProjectorModeAsync(moderator, "Q&A");
        await Expect(projector.GetByTestId("projector-qna")).ToContainTextAsync("▲ 1");
        await Expect(projector.GetByTestId("projector-qna")).ToContainTextAsync("Who pays for the follow-up? — Amina");
        await ScreenshotAsync(projector, "projector-qna.png");
        await moderator.GetByText("High contrast (bright room)").ClickAsync();
        await Expect(projector.GetByTestId("projector-screen")).ToHaveClassAsync(new Regex("high-contrast"));
        await ScreenshotAsync(projector, "projector-qna-high-contrast.png");
        await ProjectorModeAsync(moderator, "Blank");
        await Expect(projector.GetByTestId("blank")).ToBeVisibleAsync();
        await ProjectorModeAsync(moderator, "Lobby (QR)");
        await Expect(projector.GetByTestId("lobby")).ToBeVisibleAsync();
        await ScreenshotAsync(projector, "projector-lobby-high-contrast.png");
        await moderator.ScreenshotAsync(new() { Path = Screenshot("moderator-qna.png"), FullPage = true });
        await phoneB.ScreenshotAsync(new() { Path = Screenshot("phone-qna.png"), FullPage = true });
    }

    private static async Task<EventDto> CreateEventAsync(HttpClient api)
    {
        var template = new
        {
            title = "Question types rehearsal",
            languages = new[] { "en" },
            sessions = new[]
            {
                new
                {
                    title = "Exercise",
                    questions = new object[]
                    {
                        new { type = "Scale", text = "How useful was this session?", scaleMin = 1, scaleMax = 5, scaleMinLabel = "Not at all", scaleMaxLabel = "Very" },
                        new { type = "Ranking", text = "Rank what matters most", options = new[] { new { text = "Funding" }, new { text = "Trust" }, new { text = "Time" } } },
                        new { type = "OpenText", text = "In one word: what is needed most?" },
                    },
                },
            },
        };
        using var response = await api.PostAsJsonAsync("/api/events", template, Ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<EventDto>(JsonDefaults.Options, Ct))!;
    }

    private static async Task<LivePoll.Web.Features.Reports.QuestionResultsDto> ResultsAsync(HttpClient api, EventDto ev, QuestionDto question)
    {
        var results = await api.GetFromJsonAsync<LivePoll.Web.Features.Reports.EventResultsDto>($"/api/events/{ev.Id}/results", JsonDefaults.Options, Ct);
        return results!.Questions.Single(q => q.QuestionId == question.Id);
    }
}
