using Bunit;
using LivePoll.Domain.Voting;
using LivePoll.Web.Features.Moderation;
using LivePoll.Web.Features.Presentation;
using Microsoft.Extensions.DependencyInjection;

namespace LivePoll.Web.Tests;

public sealed class ProjectorTests : StaffPageContext
{
    [Fact]
    public void The_lobby_shows_the_join_code_url_and_qr_code()
    {
        var cut = Render<Projector>(p => p.Add(c => c.Id, Demo.Id));

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=lobby]")));
        Assert.Equal("GFMD18", cut.Find("[data-testid=join-code]").TextContent);
        Assert.Contains("vote.example.org/j/GFMD18", cut.Find(".join-url").TextContent, StringComparison.Ordinal);
        Assert.NotNull(cut.Find(".qr svg"));
    }

    [Fact]
    public async Task The_lobby_titles_the_event_in_each_screen_language_each_in_its_own_direction()
    {
        await Services.GetRequiredService<PresentationService>().SetLanguagesAsync(Demo.Id, "ar", "en");

        var cut = Render<Projector>(p => p.Add(c => c.Id, Demo.Id));

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=lobby-title]").Count));
        var titles = cut.FindAll("[data-testid=lobby-title]");
        Assert.Equal([("ar", Demo.TitleIn("ar")), ("en", Demo.Title)], titles.Select(t => (t.GetAttribute("lang"), t.TextContent)));
        Assert.All(titles, t => Assert.Equal("auto", t.GetAttribute("dir"))); // an English title keeps its "?" on the right
        Assert.NotEqual(Demo.Title, Demo.TitleIn("ar"));
    }

    [Fact]
    public async Task An_open_text_question_on_an_arabic_and_english_screen_says_its_count_once()
    {
        var question = Demo.QuestionsInOrder().First(q => q.Type == LivePoll.Domain.Questions.QuestionType.OpenText);
        await Services.GetRequiredService<PresentationService>().SetLanguagesAsync(Demo.Id, "ar", "en");
        await Services.GetRequiredService<ModerationService>().OpenAsync(Demo.Id, question.Id, "admin@livepoll.test");
        foreach (var text in new[] { "تمويل", "Funding" })
        {
            Live.TallyFor(question.Id).Apply(Guid.NewGuid(), new Ballot { Text = text });
        }

        var cut = Render<Projector>(p => p.Add(c => c.Id, Demo.Id));

        cut.WaitForAssertion(() => Assert.Equal("الإجابات: 2", cut.Find("[data-testid=total]").TextContent));
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(cut.Markup, "الإجابات"));
    }

    [Fact]
    public async Task The_open_question_shows_with_its_live_total_or_hidden_results()
    {
        var question = Demo.QuestionsInOrder().First();
        var moderation = Services.GetRequiredService<ModerationService>();
        await moderation.OpenAsync(Demo.Id, question.Id, "admin@livepoll.test");
        Live.TallyFor(question.Id).Apply(Guid.NewGuid(), new Ballot { OptionIds = [question.Options[0].Id] });
        Live.TallyFor(question.Id).Apply(Guid.NewGuid(), new Ballot { OptionIds = [question.Options[1].Id] });

        var cut = Render<Projector>(p => p.Add(c => c.Id, Demo.Id));
        cut.WaitForAssertion(() => Assert.Equal(question.Text, cut.Find("[data-testid=question-text]").TextContent));
        Assert.Equal("Responses: 2", cut.Find("[data-testid=total]").TextContent);
        Assert.NotNull(cut.Find("[data-testid=chart] canvas"));
        Assert.Equal("GFMD18", cut.Find("[data-testid=join-code]").TextContent);

        await moderation.HideAsync(Demo.Id, question.Id, "admin@livepoll.test");
        cut.WaitForAssertion(() => Assert.Equal("Results will be shown later.", cut.Find("[data-testid=results-hidden]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=chart]"));
    }
}
