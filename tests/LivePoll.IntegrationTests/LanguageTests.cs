using System.Net;
using System.Text.RegularExpressions;
using LivePoll.Domain.Questions;
using LivePoll.Testing;

namespace LivePoll.IntegrationTests;

/// <summary>Phones in the six UN languages vote on one question: one pooled result, each phone in its language.</summary>
public sealed class LanguageTests : AppTestBase
{
    private static readonly string[] Languages = ["en", "fr", "es", "ar", "zh", "ru"];

    [Fact]
    public async Task Six_languages_vote_on_the_same_options_and_the_result_is_pooled()
    {
        using var demo = await DemoAsync();
        var question = demo.Question(QuestionType.SingleChoice);
        await demo.StepAsync(question.Id, "open", Ct);
        var phones = new List<Phone>();
        foreach (var language in Languages)
        {
            var phone = await PhoneAsync();
            await phone.JoinInAsync("GFMD18", language, cancellationToken: Ct);
            phones.Add(phone);
        }

        // every phone receives the same question with all its translations; the French one reads French
        var sent = phones[1].Joined!.CurrentQuestion!;
        Assert.Equal(question.Id, sent.Id);
        Assert.Equal("Qu’est-ce que le renforcement des capacités peut le mieux apporter à la mise en œuvre du PMM ?", sent.In("fr").Text);
        Assert.Equal("ما أفضل ما يمكن أن يحققه بناء القدرات لتنفيذ الاتفاق العالمي من أجل الهجرة؟", sent.In("ar").Text);
        Assert.Equal("شراكات وتعاون أقوى", sent.Options[0].TextIn("ar"));
        Assert.Equal("能力建设最能为落实《全球契约》带来什么？", sent.In("zh").Text);
        Assert.Equal("Более прочные партнёрства и сотрудничество", sent.Options[0].TextIn("ru"));
        Assert.All(sent.Options, o => Assert.Equal(["ar", "es", "fr", "ru", "zh"], o.Translations!.Keys.Order()));

        // each votes for the first option, as read in their language: one option, one count
        foreach (var phone in phones)
        {
            Assert.True((await phone.VoteAsync(question.Id, question.Options[0].Id)).Ok);
        }
        var results = await demo.ResultsAsync(question.Id, Ct);
        Assert.Equal(6, results.Options[0].Phone);
        Assert.Equal(6, results.Participants);
        Assert.All(results.Options.Skip(1), o => Assert.Equal(0, o.Phone));
        await DisposeAllAsync(phones);
    }

    [Fact]
    public async Task A_refused_vote_is_explained_in_the_phone_language()
    {
        using var demo = await DemoAsync();
        var question = demo.Question(QuestionType.MultipleChoice);
        await demo.StepAsync(question.Id, "open", Ct);
        await using var french = await PhoneAsync();
        await french.JoinInAsync("GFMD18", "fr", cancellationToken: Ct);
        await using var arabic = await PhoneAsync();
        await arabic.JoinInAsync("GFMD18", "ar", cancellationToken: Ct);

        var tooMany = question.Options.Take(3).Select(o => o.Id).ToArray();
        Assert.Equal("Choisissez au plus 2 options.", (await french.VoteAsync(question.Id, tooMany)).Error);
        Assert.Equal("اختر 2 خيارات على الأكثر.", (await arabic.VoteAsync(question.Id, tooMany)).Error);
        await using var chinese = await PhoneAsync();
        await chinese.JoinInAsync("GFMD18", "zh", cancellationToken: Ct);
        await using var russian = await PhoneAsync();
        await russian.JoinInAsync("GFMD18", "ru", cancellationToken: Ct);
        Assert.Equal("最多选择 2 个选项。", (await chinese.VoteAsync(question.Id, tooMany)).Error);
        Assert.Equal("Выберите не более 2 вариантов.", (await russian.VoteAsync(question.Id, tooMany)).Error);
        Assert.Equal(0, (await demo.ResultsAsync(question.Id, Ct)).Participants);
    }

    [Theory]
    [InlineData("ar,en;q=0.5", null, "ar", "rtl", "ما أفضل ما يمكن")]
    [InlineData("es-MX", null, "es", "ltr", "¿Qué puede lograr mejor")]
    [InlineData("de-DE,fr;q=0.8", null, "fr", "ltr", "Qu’est-ce que le renforcement")]
    [InlineData("de-DE", null, "en", "ltr", "What can capacity building achieve best")]
    [InlineData("ar", "fr", "fr", "ltr", "Qu’est-ce que le renforcement")]
    [InlineData("zh-CN,zh;q=0.9,en;q=0.5", null, "zh", "ltr", "能力建设最能为落实")]
    [InlineData("ru-RU", null, "ru", "ltr", "Чего наращивание потенциала")]
    public async Task The_phone_page_speaks_the_first_event_language_the_browser_accepts_unless_asked(
        string acceptLanguage, string? asked, string expected, string direction, string questionStart)
    {
        using var demo = await DemoAsync();
        await demo.StepAsync(demo.Question(QuestionType.SingleChoice).Id, "open", Ct);
        using var browser = PhonePage.Browser(App.BaseAddress);
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);

        var page = WebUtility.HtmlDecode(await browser.GetStringAsync(asked is null ? "/j/GFMD18" : $"/j/GFMD18?lang={asked}", Ct));

        Assert.Contains($"<html lang=\"{expected}\" dir=\"{direction}\">", page, StringComparison.Ordinal);
        Assert.Matches($"<legend class=\"lp-question-text\"[^>]*>{Regex.Escape(questionStart)}", page);
    }

    [Fact]
    public async Task A_language_picked_on_the_page_is_remembered()
    {
        using var browser = PhonePage.Browser(App.BaseAddress);
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        await browser.GetStringAsync("/j/GFMD18?lang=es", Ct);
        var later = WebUtility.HtmlDecode(await browser.GetStringAsync("/j/GFMD18", Ct));

        Assert.Contains("<html lang=\"es\"", later, StringComparison.Ordinal);
        Assert.Contains("Preguntas para los ponentes", later, StringComparison.Ordinal);
    }
}
