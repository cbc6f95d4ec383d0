using Bunit;
using LivePoll.Domain.Questions;
using LivePoll.Domain.Voting;
using LivePoll.Web.Features.Moderation;
using Microsoft.Extensions.DependencyInjection;

namespace LivePoll.Web.Tests;

public sealed class AnswerListTests : StaffPageContext
{
    [Fact]
    public async Task The_moderator_takes_a_word_and_an_answer_out_of_the_cloud_and_can_show_them_again()
    {
        var question = Live.Snapshot.QuestionsInOrder().First(q => q.Type == QuestionType.OpenText);
        await Services.GetRequiredService<ModerationService>().OpenAsync(Demo.Id, question.Id, "admin@livepoll.test");
        Live.TallyFor(question.Id).Apply(Guid.NewGuid(), new Ballot { Text = "Funding", Language = "en" });
        Live.TallyFor(question.Id).Apply(Guid.NewGuid(), new Ballot { Text = "Rubbish", Language = "en" });
        var cut = Render<ModeratorConsole>(p => p.Add(c => c.Id, Demo.Id));
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=cloud-word]").Count));

        Assert.Contains("rubbish", cut.FindAll("[data-testid=cloud-word]")[1].TextContent, StringComparison.Ordinal); // ties: alphabetical
        await ClickAsync(cut, "[data-testid=cloud-word] .mud-chip-close-button", 1);
        cut.WaitForAssertion(() => Assert.Equal("rubbish", cut.Find("[data-testid=hidden-word]").TextContent.Trim()));
        Assert.DoesNotContain("rubbish", cut.Find(".word-cloud").TextContent, StringComparison.Ordinal);
        Assert.Equal(["rubbish"], Live.Snapshot.FindQuestion(question.Id)!.HiddenWords);

        await ClickAsync(cut, "[data-testid=answer-toggle]");
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("li.answer-hidden")));
        Assert.Single(Live.Snapshot.FindQuestion(question.Id)!.HiddenAnswers);

        await ClickAsync(cut, "[data-testid=hidden-word]");
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=hidden-word]")));
        Assert.Empty(Live.Snapshot.FindQuestion(question.Id)!.HiddenWords);
    }
}
