using LivePoll.Domain.Questions;
using LivePoll.Testing;
using LivePoll.Web.Realtime;
using Microsoft.Playwright;
using static LivePoll.E2ETests.Stage;
using static Microsoft.Playwright.Assertions;

namespace LivePoll.E2ETests;

/// <summary>
/// The interpreters' booths follow the console in their language, and one word cloud across the six languages: the
/// moderator merges what the glossary suggests and the Chinese projector shows the concept as the Chinese phones wrote it.
/// </summary>
public sealed class BoothTests(BrowserFixture browser)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Chinese_and_arabic_booths_follow_each_step_of_the_console()
    {
        using var api = await browser.App.CreateStaffClientAsync(Ct);
        var ev = await ImportDemoAsync(api, "Booths follow the console");
        var questions = ev.Sessions.SelectMany(s => s.Questions).ToList();

        await using var staff = await browser.NewContextAsync();
        var moderator = await staff.NewPageAsync();
        await StaffPages.SignInAsync(moderator);
        var chinese = await staff.NewPageAsync();
        await chinese.GotoAsync($"/events/{ev.Id}/booth?lang=zh");
        var arabic = await staff.NewPageAsync();
        await arabic.GotoAsync($"/events/{ev.Id}/booth?lang=ar");
        await Expect(chinese.GetByTestId("booth-current")).ToContainTextAsync("No question on the phones yet.");
        await Expect(chinese.GetByTestId("booth-next").GetByTestId("booth-next-text")).ToHaveTextAsync(questions[0].In("zh").Text);

        // the moderator opens the first question: both booths show it, in their language, with what follows it
        await moderator.GotoAsync($"/events/{ev.Id}/moderate");
        await Expect(moderator.GetByTestId("start-next")).ToBeEnabledAsync(); // the console is live
        var rows = moderator.GetByTestId("question-row");
        await rows.First.GetByTestId("open-close").ClickAsync();
        await Expect(rows.First.GetByTestId("open-close")).ToHaveTextAsync("Close");
        await Expect(chinese.GetByTestId("booth-question-text")).ToHaveTextAsync(questions[0].In("zh").Text);
        await Expect(chinese.GetByTestId("booth-current")).ToContainTextAsync(questions[0].Options[0].TextIn("zh"));
        await Expect(chinese.GetByTestId("booth-current")).ToContainTextAsync("Voting open");
        await Expect(chinese.GetByTestId("booth-next-text")).ToHaveTextAsync(questions[1].In("zh").Text);
        await Expect(chinese.GetByTestId("booth-part")).ToContainTextAsync(ev.Sessions.First(s => s.Questions.Count > 0).TitleTranslations!["zh"]);
        await Expect(arabic.GetByTestId("booth-question-text")).ToHaveTextAsync(questions[0].In("ar").Text);
        await Expect(arabic.GetByTestId("booth-question-text")).ToHaveAttributeAsync("dir", "auto");

        // a vote, then the results revealed: the booth sees them; closed: it says so
        await using var phone = await Phone.ConnectAsync(browser.App.BaseAddress, Ct);
        await phone.JoinInAsync(ev.Code, "zh", cancellationToken: Ct);
        Assert.True((await phone.VoteAsync(questions[0].Id, questions[0].Options[0].Id)).Ok);
        await StepAsync(api, ev, questions[0], "reveal");
        await Expect(chinese.GetByTestId("booth-current").Locator("canvas")).ToHaveCountAsync(1);
        await Expect(rows.First.GetByTestId("reveal-hide")).ToHaveTextAsync("Hide results"); // the console has drawn the reveal
        await rows.First.GetByTestId("open-close").ClickAsync();
        await Expect(rows.First.GetByTestId("open-close")).ToHaveTextAsync("Re-open");
        await Expect(chinese.GetByTestId("booth-current")).ToContainTextAsync("Voting closed");
        await ScreenshotAsync(chinese, "booth-zh.png", fullPage: true);
        await ScreenshotAsync(arabic, "booth-ar.png", fullPage: true);

        // the next step: the booth moves on with the console
        await rows.Nth(1).GetByTestId("open-close").ClickAsync();
        await Expect(rows.Nth(1).GetByTestId("open-close")).ToHaveTextAsync("Close");
        await Expect(chinese.GetByTestId("booth-question-text")).ToHaveTextAsync(questions[1].In("zh").Text);
        await Expect(chinese.GetByTestId("booth-current")).ToContainTextAsync("Voting open");
    }

    [Fact]
    public async Task The_moderator_merges_a_suggested_concept_and_the_chinese_projector_counts_it_once_in_chinese()
    {
        using var api = await browser.App.CreateStaffClientAsync(Ct);
        var ev = await ImportDemoAsync(api, "One cloud across six languages");
        var question = FirstOf(ev, QuestionType.OpenText);
        await StepAsync(api, ev, question, "open");
        (string Language, string Text)[] answers =
            [("en", "Funding"), ("fr", "financement"), ("es", "financiación"), ("ar", "تمويل"), ("zh", "资金"), ("zh", "资金和培训"), ("ru", "финансирование"), ("en", "training")];
        var phones = new List<Phone>();
        foreach (var (language, text) in answers)
        {
            var phone = await Phone.ConnectAsync(browser.App.BaseAddress, Ct);
            phones.Add(phone);
            await phone.JoinInAsync(ev.Code, language, cancellationToken: Ct);
            Assert.True((await phone.SubmitAsync(new SubmitRequest(question.Id, Text: text), Ct)).Ok);
        }

        await using var staff = await browser.NewContextAsync();
        var moderator = await staff.NewPageAsync();
        await StaffPages.SignInAsync(moderator);
        await moderator.GotoAsync($"/events/{ev.Id}/moderate");
        await Expect(moderator.GetByTestId("start-next")).ToBeEnabledAsync();
        await ChooseAsync(moderator, "projector-language", "中文");
        await ProjectorModeAsync(moderator, "Word cloud");
        var projector = await staff.NewPageAsync();
        await projector.GotoAsync($"/events/{ev.Id}/present");
        var cloud = projector.Locator(".word-cloud li");
        await Expect(cloud.First).ToHaveTextAsync("资金"); // 2 answers, before any merge

        var suggestions = moderator.GetByTestId("merge-suggestion");
        await Expect(suggestions.First).ToContainTextAsync("financement");
        await ScreenshotAsync(moderator, "wordcloud-merge-console.png", fullPage: true);
        var merge = suggestions.First.GetByRole(AriaRole.Button, new() { Name = "Merge" });
        await merge.DblClickAsync(); // a double click merges once
        await Expect(moderator.GetByTestId("merged-word")).ToHaveCountAsync(1);

        // one concept, counted once per answer (7 of 8 answers), named as the Chinese phones wrote it
        await Expect(cloud.First).ToHaveTextAsync("资金");
        await Expect(cloud.First).ToHaveAttributeAsync("title", "7");
        await Expect(projector.Locator(".word-cloud li", new() { HasText = "financement" })).ToHaveCountAsync(0);
        await ScreenshotAsync(projector, "wordcloud-merged-zh.png");
        await Task.WhenAll(phones.Select(p => p.DisposeAsync().AsTask()));
    }
}
