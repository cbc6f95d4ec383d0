using System.Net.Http.Json;
using System.Text.RegularExpressions;
using LivePoll.Domain.Questions;
using LivePoll.Web.Features.Events;
using LivePoll.Web.Features.Reports;
using LivePoll.Web.Infrastructure;
using Microsoft.Playwright;
using static LivePoll.E2ETests.Stage;
using static Microsoft.Playwright.Assertions;

namespace LivePoll.E2ETests;

/// <summary>
/// The first minutes of the voting exercise, practised: a rehearsal with a simulated room on the real projector, going
/// live with nothing left over, and the moderator driving the projector from a phone.
/// </summary>
public sealed class RehearsalAndRemoteTests(BrowserFixture browser)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_moderator_rehearses_with_a_simulated_room_on_the_projector_then_goes_live_with_nothing_left()
    {
        using var api = await browser.App.CreateStaffClientAsync(Ct);
        var ev = await ImportDemoAsync(api, "Rehearsal of the voting exercise");
        var first = FirstOf(ev, QuestionType.SingleChoice);
        await using var staff = await browser.NewContextAsync();
        var console = await staff.NewPageAsync();
        await StaffPages.SignInAsync(console);
        await console.GotoAsync($"/events/{ev.Id}/moderate");
        var projector = await staff.NewPageAsync();
        await projector.GotoAsync($"/events/{ev.Id}/present");
        await Expect(projector.GetByTestId("projector-screen")).ToHaveAttributeAsync("data-live", "true");
        await using var audience = await browser.NewContextAsync(phone: true, locale: "fr-FR");
        var phone = await audience.NewPageAsync();
        await phone.GotoAsync($"/j/{ev.Code}");
        await Expect(phone.Locator("#lp-rehearsal")).ToBeHiddenAsync();

        // the room the organiser expects (220 in the demo) is offered; the rehearsal starts on confirmation
        await console.GetByTestId("rehearse").ClickAsync();
        await Expect(console.GetByTestId("rehearsal-phones")).ToHaveValueAsync("220");
        await console.GetByTestId("rehearsal-start").ClickAsync();
        await Expect(console.GetByTestId("rehearsal-banner")).ToBeVisibleAsync();
        await Expect(console.GetByTestId("rehearsal-room")).ToHaveTextAsync("Simulated room: 220 of 220 phones", new() { Timeout = 30_000 });
        await Expect(projector.GetByTestId("rehearsal-mark")).ToBeVisibleAsync();
        await Expect(phone.Locator("#lp-rehearsal")).ToBeVisibleAsync();
        await Expect(phone.Locator("#lp-rehearsal")).ToContainTextAsync("Répétition");

        // the living chart: the simulated room votes on the real projector
        await console.GetByTestId("question-row").First.GetByTestId("open-close").ClickAsync();
        await Expect(projector.GetByTestId("question-text")).ToContainTextAsync(first.Text);
        await Expect(projector.GetByTestId("total")).ToHaveTextAsync(new Regex(@"Responses: (1[5-9]\d|2\d\d)"), new() { Timeout = 60_000 });
        await phone.Locator(".lp-option").First.ClickAsync();
        await SubmitAsync(phone, "Vote enregistré ✓");
        await ScreenshotAsync(projector, "rehearsal-projector.png");
        await ScreenshotAsync(console, "rehearsal-console.png");
        await ScreenshotAsync(phone, "rehearsal-phone-fr.png");
        var report = await staff.NewPageAsync();
        await report.GotoAsync($"/events/{ev.Id}/report");
        await Expect(report.GetByTestId("report-rehearsal")).ToBeVisibleAsync();
        await ScreenshotAsync(report, "rehearsal-report.png");

        // go live: confirmed, everything of the rehearsal goes, every screen says so
        await console.GetByTestId("go-live").ClickAsync();
        var confirm = console.GetByRole(AriaRole.Dialog);
        await Expect(confirm).ToContainTextAsync("This cannot be undone");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Go live" }).ClickAsync();
        await Expect(console.GetByTestId("rehearsal-banner")).ToHaveCountAsync(0);
        await Expect(console.GetByTestId("rehearse")).ToBeVisibleAsync();
        await Expect(projector.GetByTestId("rehearsal-mark")).ToHaveCountAsync(0);
        await Expect(projector.GetByTestId("lobby")).ToBeVisibleAsync();
        await Expect(phone.Locator("#lp-rehearsal")).ToBeHiddenAsync();
        await Expect(phone.Locator("#lp-status")).ToHaveTextAsync("L’événement commence. Les réponses données pendant la répétition ont été supprimées.");
        await Expect(console.GetByTestId("question-row").First.GetByTestId("state")).ToHaveTextAsync("Draft");
        await ScreenshotAsync(phone, "golive-phone-fr.png");

        // the real event: the same phone votes, and it is the only vote
        await console.GetByTestId("question-row").First.GetByTestId("open-close").ClickAsync();
        await phone.Locator(".lp-option").Nth(1).ClickAsync();
        await SubmitAsync(phone, "Vote enregistré ✓");
        await Expect(projector.GetByTestId("total")).ToHaveTextAsync("Responses: 1");
        var results = (await api.GetFromJsonAsync<EventResultsDto>($"/api/events/{ev.Id}/results", JsonDefaults.Options, Ct))!;
        Assert.Equal(1, results.Questions.Sum(q => q.Participants));
        await report.ReloadAsync();
        await Expect(report.GetByTestId("report")).ToBeVisibleAsync();
        await Expect(report.GetByTestId("report-rehearsal")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_remote_on_a_phone_drives_the_projector_through_a_part_and_a_double_tap_never_undoes_a_step()
    {
        using var api = await browser.App.CreateStaffClientAsync(Ct);
        var ev = await ImportDemoAsync(api, "Driven from a phone");
        var voting = ev.Sessions[2];
        await using var staff = await browser.NewContextAsync();
        var console = await staff.NewPageAsync();
        await StaffPages.SignInAsync(console);
        await console.GotoAsync($"/events/{ev.Id}/moderate");
        var projector = await staff.NewPageAsync();
        await projector.GotoAsync($"/events/{ev.Id}/present");
        await Expect(projector.GetByTestId("projector-screen")).ToHaveAttributeAsync("data-live", "true");

        // the console's QR code opens the remote on a phone that never signed in; it works once
        await console.GetByTestId("remote-qr-button").ClickAsync();
        var link = new Uri(await console.GetByTestId("remote-url").TextContentAsync() ?? "").PathAndQuery;
        await console.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();
        await using var moderatorPhone = await browser.NewContextAsync(phone: true);
        var remote = await moderatorPhone.NewPageAsync();
        await remote.SetViewportSizeAsync(320, 640);
        await remote.GotoAsync(link);
        await Expect(remote).ToHaveURLAsync(new Regex($"/events/{ev.Id}/remote$"));
        await using var someoneElse = await browser.NewContextAsync(phone: true);
        var second = await someoneElse.NewPageAsync();
        await second.GotoAsync(link);
        await Expect(second).ToHaveURLAsync(new Regex("/account/login"));

        await using var audience = await browser.NewContextAsync(phone: true);
        var participant = await audience.NewPageAsync();
        await participant.GotoAsync($"/j/{ev.Code}");

        // to the voting exercise: Next steps over the parts before it, then it starts
        var next = remote.GetByTestId("remote-next");
        await Expect(next).ToBeEnabledAsync();
        for (var step = 0; step < 2; step++) // from the opening, over Session I (neither has a question in the demo)
        {
            await next.ClickAsync();
        }
        await Expect(remote.GetByTestId("remote-step")).ToContainTextAsync(voting.Title);
        await remote.GetByTestId("remote-start-part").ClickAsync();
        await Expect(projector.GetByTestId("lobby-title").First).ToBeVisibleAsync();
        await Expect(console.GetByTestId("now")).ToHaveTextAsync(voting.Title);

        foreach (var question in voting.Questions)
        {
            await next.ClickAsync();
            await Expect(remote.GetByTestId("remote-step")).ToContainTextAsync(question.Text);
            // a double tap on "Open voting" opens it once: the second tap does not close it again
            await remote.GetByTestId("remote-open-close").DblClickAsync();
            await Expect(projector.GetByTestId("question-text")).ToContainTextAsync(question.Text);
            await Expect(remote.GetByTestId("remote-open-close")).ToHaveTextAsync("Close voting");
            await participant.WaitForTimeoutAsync(1000);
            Assert.Equal(QuestionState.Open, await StateAsync(api, ev, question));
            if (question == voting.Questions[0])
            {
                await participant.Locator(".lp-option").First.ClickAsync();
                await SubmitAsync(participant, "Vote recorded ✓");
                await Expect(remote.GetByTestId("remote-count")).ToContainTextAsync("1 response");
                await ScreenshotAsync(remote, "remote-320-open.png");
            }
            // reveal or hide, and back: the projector follows each tap
            var shownBefore = (await remote.GetByTestId("remote-reveal").TextContentAsync())!.Contains("Hide", StringComparison.Ordinal);
            foreach (var shown in new[] { !shownBefore, shownBefore })
            {
                await TapAsync(remote.GetByTestId("remote-reveal"), shown ? "Hide results" : "Reveal results");
                await Expect(projector.GetByTestId(shown ? "chart" : "results-hidden")).ToBeVisibleAsync();
            }
            await TapAsync(remote.GetByTestId("remote-blank"), "Show the screen");
            await Expect(projector.GetByTestId("blank")).ToBeVisibleAsync();
            await TapAsync(remote.GetByTestId("remote-blank"), "Blank the screen");
            await Expect(projector.GetByTestId("question-text")).ToBeVisibleAsync();
            await TapAsync(remote.GetByTestId("remote-open-close"), "Open again");
            Assert.Equal(QuestionState.Closed, await StateAsync(api, ev, question));
        }
        Assert.Equal(0, await HorizontalOverflowAsync(remote));

        // asleep: the phone loses the network while the question the remote stands on is opened; woken, the remote shows it
        var last = voting.Questions[^1];
        await moderatorPhone.SetOfflineAsync(true);
        // going offline leaves an open WebSocket be (a sleeping phone's is cut by the system): cut it as the system does
        await remote.EvaluateAsync("() => Blazor._internal.forceCloseConnection()");
        await Expect(remote.Locator("#components-reconnect-modal")).ToBeVisibleAsync();
        await StepAsync(api, ev, last, "open"); // from the console (or any other staff member)
        await moderatorPhone.SetOfflineAsync(false);
        await Expect(remote.GetByTestId("remote-open-close")).ToHaveTextAsync("Close voting", new() { Timeout = 30_000 });
        await Expect(remote.Locator("#components-reconnect-modal")).ToBeHiddenAsync();

        // in Arabic, right to left, still within 320 px
        await StaffPages.ChooseLanguageAsync(remote, "العربية", "ar");
        await Expect(remote.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(remote.GetByTestId("remote-next")).ToHaveTextAsync("التالي");
        Assert.Equal(0, await HorizontalOverflowAsync(remote));
        await ScreenshotAsync(remote, "remote-320-ar.png");
    }

    /// <summary>
    /// A tap on a remote's button that changes the event, until the button reads <paramref name="after"/> and takes taps
    /// again. A tap that lands while the phone's connection is busy can be lost, as a person's would: then, the button
    /// unchanged and enabled, it is made again (a lost tap is never a second step: the button still offers the same one).
    /// </summary>
    private static async Task TapAsync(ILocator button, string after)
    {
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await Expect(button).ToBeEnabledAsync(new() { Timeout = 30_000 }); // the tap before has settled
            if (await button.TextContentAsync() is { } text && text.Contains(after, StringComparison.Ordinal))
            {
                return;
            }
            await button.ClickAsync();
            try
            {
                await Expect(button).ToHaveTextAsync(after, new() { Timeout = 5_000 });
            }
            catch (PlaywrightException) when (attempt < 3)
            {
                // not taken yet: look again once the buttons take taps
            }
        }
        await Expect(button).ToBeEnabledAsync(new() { Timeout = 30_000 });
    }

    private static async Task<QuestionState> StateAsync(HttpClient api, EventDto ev, QuestionDto question)
    {
        var current = (await api.GetFromJsonAsync<EventDto>($"/api/events/{ev.Id}", JsonDefaults.Options, Ct))!;
        return current.Sessions.SelectMany(s => s.Questions).Single(q => q.Id == question.Id).State;
    }

    /// <summary>How far the page reaches beyond the screen's width (0: nothing to scroll sideways).</summary>
    private static Task<int> HorizontalOverflowAsync(IPage page) =>
        page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
}
