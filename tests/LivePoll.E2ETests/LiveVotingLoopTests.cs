using LivePoll.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LivePoll.E2ETests;

/// <summary>Moderator, projector and three phones in one real browser run of the demo event.</summary>
public sealed class LiveVotingLoopTests(BrowserFixture browser)
{
    [Fact]
    public async Task Moderator_opens_a_question_phones_vote_and_the_projector_follows_live()
    {
        await using var staff = await browser.NewContextAsync();
        var moderator = await staff.NewPageAsync();
        await StaffPages.SignInAsync(moderator);
        // the circuit is up once the page's buttons are enabled; a click before that can be lost
        await Expect(moderator.GetByRole(AriaRole.Button, new() { Name = "New event" })).ToBeEnabledAsync();
        await moderator.GetByRole(AriaRole.Link, new() { Name = "What role for capacity building" }).ClickAsync();
        await Expect(moderator.GetByText("Build the event")).ToBeVisibleAsync();
        var eventPath = new Uri(moderator.Url).AbsolutePath;

        var projector = await staff.NewPageAsync();
        await projector.GotoAsync($"{eventPath}/present");
        await Expect(projector.GetByTestId("lobby")).ToBeVisibleAsync();
        await Expect(projector.GetByTestId("join-code").First).ToHaveTextAsync("GFMD18");
        await Expect(projector.Locator(".qr svg").First).ToBeVisibleAsync();

        await moderator.GotoAsync($"{eventPath}/moderate");
        var firstQuestion = moderator.GetByTestId("question-row").First;
        await Expect(firstQuestion.GetByTestId("reveal-hide")).ToHaveCountAsync(0); // nothing to reveal before it is asked
        await firstQuestion.GetByTestId("open-close").ClickAsync();
        await Expect(firstQuestion.GetByTestId("state")).ToHaveTextAsync("Open");
        await firstQuestion.GetByTestId("reveal-hide").ClickAsync(); // hide live results: revealed later
        await Expect(firstQuestion.GetByTestId("reveal-hide")).ToHaveTextAsync("Reveal results");

        await Expect(projector.GetByTestId("question-text")).ToHaveTextAsync("What can capacity building achieve best for GCM implementation?");
        await Expect(projector.GetByTestId("results-hidden")).ToBeVisibleAsync();

        string[] choices = ["Stronger partnerships and cooperation", "Better data and evidence for policy", "Stronger partnerships and cooperation"];
        var phones = new List<IPage>();
        var phoneContexts = new List<IBrowserContext>();
        try
        {
            foreach (var choice in choices)
            {
                var context = await browser.NewContextAsync(phone: true);
                phoneContexts.Add(context);
                var phone = await context.NewPageAsync();
                phones.Add(phone);
                await phone.GotoAsync("/j/GFMD18");
                await VoteAsync(phone, choice);
            }

            await Expect(projector.GetByTestId("total")).ToHaveTextAsync("Responses: 3");
            await Expect(firstQuestion.GetByTestId("responses")).ToHaveTextAsync("3");
            await Expect(moderator.GetByTestId("connected")).ToContainTextAsync("3 connected");

            // one phone changes its vote: still three responses, the counts move
            await VoteAsync(phones[2], "Trust between states and institutions");
            await moderator.GetByTestId("question-row").First.GetByTestId("reveal-hide").ClickAsync();
            var chart = projector.GetByTestId("chart").Locator("canvas");
            await Expect(chart).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex(
                "Stronger partnerships and cooperation: 1; Better data and evidence for policy: 1; .*Trust between states and institutions: 1"));
            await Expect(projector.GetByTestId("total")).ToHaveTextAsync("Responses: 3");

            // revealed: every phone shows the results
            foreach (var phone in phones)
            {
                await Expect(phone.Locator(".lp-results")).ToContainTextAsync("Results · votes: 3");
            }

            await SaveScreenshotsAsync(moderator, projector, phones[0]);

            // closing is announced on the phones
            await moderator.GetByTestId("question-row").First.GetByTestId("open-close").ClickAsync();
            await Expect(phones[0].Locator(".lp-closed")).ToHaveTextAsync("Voting on this question is closed.");
        }
        finally
        {
            foreach (var context in phoneContexts)
            {
                await context.DisposeAsync();
            }
        }
    }

    private static async Task VoteAsync(IPage phone, string choice)
    {
        await Expect(phone.Locator(".lp-connection")).ToHaveTextAsync(""); // connected and joined over the hub
        await phone.GetByLabel(choice).CheckAsync();
        await phone.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^(Vote|Change vote)$") }).ClickAsync();
        await Expect(phone.Locator("#lp-status")).ToHaveTextAsync("Vote recorded ✓");
    }

    private static async Task SaveScreenshotsAsync(IPage moderator, IPage projector, IPage phone)
    {
        await moderator.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "moderator.png"), FullPage = true });
        await projector.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "projector.png") });
        await phone.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "phone.png"), FullPage = true });
    }
}
