using System.Net.Http.Json;
using LivePoll.Domain.Questions;
using LivePoll.Testing;
using LivePoll.Web.Features.Events;
using LivePoll.Web.Features.Reports;
using LivePoll.Web.Infrastructure;
using Microsoft.Playwright;
using static LivePoll.E2ETests.Stage;
using static Microsoft.Playwright.Assertions;

namespace LivePoll.E2ETests;

/// <summary>What a phone in the room goes through: updates while choosing, a question closing, the server going away.</summary>
[Collection(AppRestartTests.Name)]
public sealed class PhoneEdgesTests(BrowserFixture browser)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_choice_not_yet_sent_survives_a_reveal_and_the_phone_says_so_when_voting_closes_before_it_is_sent()
    {
        using var api = await browser.App.CreateStaffClientAsync(Ct);
        var ev = await ImportDemoAsync(api, "Unsent choices");
        var question = FirstOf(ev, QuestionType.SingleChoice);
        await StepAsync(api, ev, question, "open");
        await StepAsync(api, ev, question, "hide");
        await using var audience = await browser.NewContextAsync(phone: true);
        var phone = await JoinedPhoneAsync(audience, $"/j/{ev.Code}");

        var choice = phone.GetByLabel(question.Options[1].Text);
        await choice.CheckAsync();
        await StepAsync(api, ev, question, "reveal");
        await Expect(phone.Locator(".lp-results")).ToBeVisibleAsync(); // the question area was updated…
        await Expect(choice).ToBeCheckedAsync(); // …and the choice is still there

        await StepAsync(api, ev, question, "close");
        await Expect(phone.Locator("#lp-status")).ToHaveTextAsync("Voting closed before your answer was sent.");
        await Expect(phone.Locator("#lp-status")).ToHaveAttributeAsync("data-error", ""); // drawn as an error, not as a confirmation
        await Expect(choice).ToBeCheckedAsync();
        await Expect(choice).ToBeDisabledAsync();
    }

    [Fact]
    public async Task A_choice_tapped_on_the_page_before_its_script_has_taken_over_is_kept_and_sent()
    {
        using var api = await browser.App.CreateStaffClientAsync(Ct);
        var ev = await ImportDemoAsync(api, "Tapped early", e => e.Remove("profile"));
        var question = FirstOf(ev, QuestionType.SingleChoice);
        await StepAsync(api, ev, question, "open");
        await using var audience = await browser.NewContextAsync(phone: true);
        var phone = await audience.NewPageAsync();
        // a slow network: the connection library arrives only after the person has tapped
        var released = new TaskCompletionSource();
        await phone.RouteAsync("**/signalr.min.js", async route =>
        {
            await released.Task;
            await route.ContinueAsync();
        });

        await phone.GotoAsync($"/j/{ev.Code}", new() { WaitUntil = WaitUntilState.Commit });
        await phone.GetByLabel(question.Options[2].Text).CheckAsync();
        Assert.False(await phone.EvaluateAsync<bool>("() => 'signalR' in window")); // tapped on the page's own form
        released.SetResult();
        await Expect(phone.Locator("#lp-connection")).ToHaveTextAsync("");
        await Expect(phone.Locator("#lp-question button.lp-vote")).ToHaveTextAsync("Vote"); // the script drew the question…
        await Expect(phone.GetByLabel(question.Options[2].Text)).ToBeCheckedAsync(); // …with the choice still made
        await SubmitAsync(phone, "Vote recorded ✓");
        await Expect(phone.Locator("#lp-status")).Not.ToHaveAttributeAsync("data-error", "");

        var results = await api.GetFromJsonAsync<EventResultsDto>($"/api/events/{ev.Id}/results", JsonDefaults.Options, Ct);
        var counted = results!.Questions.Single(q => q.QuestionId == question.Id).Options.Single(o => o.OptionId == question.Options[2].Id);
        Assert.Equal(1, counted.Phone);
    }

    [Fact]
    public async Task A_phone_cannot_tick_more_options_than_the_question_allows()
    {
        using var api = await browser.App.CreateStaffClientAsync(Ct);
        var ev = await ImportDemoAsync(api, "Two at most");
        var question = FirstOf(ev, QuestionType.MultipleChoice);
        Assert.Equal(2, question.MaxChoices);
        await StepAsync(api, ev, question, "open");
        await using var audience = await browser.NewContextAsync(phone: true);
        var phone = await JoinedPhoneAsync(audience, $"/j/{ev.Code}");
        var boxes = question.Options.Select(o => phone.GetByLabel(o.Text)).ToList();

        await boxes[0].CheckAsync();
        await boxes[3].CheckAsync();
        foreach (var rest in new[] { boxes[1], boxes[2], boxes[4] })
        {
            await Expect(rest).ToBeDisabledAsync();
        }
        var hint = phone.Locator("#lp-question .lp-hint");
        await Expect(hint).ToHaveTextAsync("You have chosen 2: the most this question allows. Untick one to choose another.");
        await boxes[0].UncheckAsync(); // a change of mind frees the others again
        await Expect(boxes[1]).ToBeEnabledAsync();
        await Expect(hint).ToHaveTextAsync("Choose up to 2.");
        await boxes[1].CheckAsync();
        await SubmitAsync(phone, "Vote recorded ✓");

        var results = await api.GetFromJsonAsync<EventResultsDto>($"/api/events/{ev.Id}/results", JsonDefaults.Options, Ct);
        var counts = results!.Questions.Single(q => q.QuestionId == question.Id).Options.Select(o => o.Phone).ToList();
        Assert.Equal([0, 1, 0, 1, 0], counts);

        // the profile question was skipped on joining: the script left the page's cookie, so the page leaves it out
        var again = await phone.GotoAsync($"/j/{ev.Code}");
        Assert.DoesNotContain("lp-profile-skip", await again!.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_vote_tapped_while_the_server_is_away_waits_on_the_phone_and_is_stored_once_when_it_is_back()
    {
        await using var server = await RestartableApp.StartAsync(Ct);
        using var api = await LivePollAppFactory.SignInAsync(server.CreateClient(), Ct);
        var demo = (await api.GetFromJsonAsync<List<EventSummaryDto>>("/api/events", JsonDefaults.Options, Ct))!.Single(e => e.Code == "GFMD18");
        var ev = (await api.GetFromJsonAsync<EventDto>($"/api/events/{demo.Id}", JsonDefaults.Options, Ct))!;
        var question = FirstOf(ev, QuestionType.SingleChoice);
        await StepAsync(api, ev, question, "open");
        await using var audience = await browser.Browser.NewContextAsync(new()
        {
            BaseURL = server.BaseAddress.ToString(), ViewportSize = new() { Width = 390, Height = 800 }, IsMobile = true, HasTouch = true,
        });
        var phone = await JoinedPhoneAsync(audience, "/j/GFMD18");

        await server.KillAsync();
        await Expect(phone.Locator("#lp-connection")).Not.ToHaveTextAsync("");
        await phone.GetByLabel(question.Options[2].Text).CheckAsync();
        await phone.Locator("#lp-question button.lp-vote").ClickAsync();
        await Expect(phone.Locator("#lp-status")).ToHaveTextAsync("Waiting for connection — your vote will be sent.");
        Assert.EndsWith("/j/GFMD18", phone.Url, StringComparison.Ordinal); // still the phone page, never a browser error page

        await server.RestartAsync(Ct);
        await Expect(phone.Locator("#lp-status")).ToHaveTextAsync("Vote recorded ✓", new() { Timeout = 90_000 });

        using var after = await LivePollAppFactory.SignInAsync(server.CreateClient(), Ct);
        var results = (await after.GetFromJsonAsync<EventResultsDto>($"/api/events/{ev.Id}/results", JsonDefaults.Options, Ct))!;
        var counted = results.Questions.Single(q => q.QuestionId == question.Id);
        Assert.Equal(1, counted.Participants);
        Assert.Equal(1, counted.Options.Single(o => o.OptionId == question.Options[2].Id).Phone);
    }

    [Fact]
    public async Task The_home_page_fits_a_320_px_phone_and_its_code_field_and_buttons_are_easy_to_tap()
    {
        await using var context = await browser.Browser.NewContextAsync(new()
        {
            BaseURL = browser.App.BaseAddress.ToString(), ViewportSize = new() { Width = 320, Height = 640 }, IsMobile = true, HasTouch = true,
        });
        var home = await context.NewPageAsync();
        await home.GotoAsync("/");
        await Expect(home.GetByLabel("Event code")).ToBeVisibleAsync();

        Assert.True(await home.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");
        var targets = home.Locator("#code:visible, button:visible, a.mud-button-root:visible");
        var count = await targets.CountAsync();
        Assert.True(count >= 6, $"{count} targets"); // the code field, Join, four languages, staff sign-in
        for (var i = 0; i < count; i++)
        {
            var box = await targets.Nth(i).BoundingBoxAsync();
            Assert.True(box is { Height: >= 44 }, $"{await targets.Nth(i).TextContentAsync()} is {box?.Height} px high");
            Assert.True(box!.X >= 0 && box.X + box.Width <= 320, $"{await targets.Nth(i).TextContentAsync()} leaves the screen");
        }
        var bar = await home.Locator("header.mud-appbar").BoundingBoxAsync();
        var heading = await home.GetByRole(AriaRole.Heading, new() { Name = "Join an event" }).BoundingBoxAsync();
        Assert.True(bar!.Y + bar.Height <= heading!.Y, "the bar covers the heading");
        await home.ScreenshotAsync(new() { Path = Screenshot("home-320.png"), FullPage = true });
    }

    /// <summary>The phone page, once its script has joined over the hub (the demo's profile question shows, and is skipped).</summary>
    private static async Task<IPage> JoinedPhoneAsync(IBrowserContext context, string path)
    {
        var phone = await context.NewPageAsync();
        await phone.GotoAsync(path);
        await phone.Locator("#lp-profile .lp-profile-skip").ClickAsync();
        await Expect(phone.Locator("#lp-connection")).ToHaveTextAsync("");
        return phone;
    }
}
