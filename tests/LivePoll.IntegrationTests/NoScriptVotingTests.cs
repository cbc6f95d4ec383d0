using System.Net;
using LivePoll.Domain.Questions;
using LivePoll.Testing;

namespace LivePoll.IntegrationTests;

/// <summary>The phone page without JavaScript: plain form posts.</summary>
public sealed class NoScriptVotingTests : AppTestBase
{
    [Fact]
    public async Task A_form_post_votes_and_a_second_post_changes_the_vote()
    {
        using var demo = await DemoAsync();
        var question = demo.Question(QuestionType.SingleChoice);
        await demo.StepAsync(question.Id, "open", Ct);

        using var browser = Browser();
        var page = await browser.GetStringAsync("/j/GFMD18", Ct);
        Assert.Contains("<form method=\"post\"", page, StringComparison.Ordinal);
        Assert.Contains(question.Text, page, StringComparison.Ordinal);

        for (var vote = 0; vote < 2; vote++)
        {
            var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = PhonePage.AntiforgeryToken(page),
                ["questionId"] = question.Id.ToString(),
                ["optionIds"] = question.Options[vote].Id.ToString(),
            });
            var response = await browser.PostAsync("/j/GFMD18", form, Ct);
            Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
            page = System.Net.WebUtility.HtmlDecode(await browser.GetStringAsync(response.Headers.Location!.ToString(), Ct));
            Assert.Contains("Vote recorded ✓", page, StringComparison.Ordinal);
        }

        var results = await demo.ResultsAsync(question.Id, Ct);
        Assert.Equal(1, results.Participants);
        Assert.Equal([0, 1, 0, 0], results.Options.Select(o => o.Phone));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        using var browser = Browser();
        var response = await browser.PostAsync("/j/GFMD18", new FormUrlEncodedContent(new Dictionary<string, string> { ["questionId"] = Guid.NewGuid().ToString() }), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_code_shows_a_clear_message_and_the_code_form()
    {
        using var browser = App.CreateClient();
        var response = await browser.GetAsync("/j/WRONG9", Ct);
        var page = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("No event has the code", page, StringComparison.Ordinal);
        Assert.Contains("action=\"/join\"", page, StringComparison.Ordinal);
    }

    private HttpClient Browser() => PhonePage.Browser(App.BaseAddress);
}
