using Bunit;
using LivePoll.Data;
using LivePoll.Domain.Questions;
using LivePoll.Web.Features.Moderation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LivePoll.Web.Tests;

public sealed class CardCounterTests : StaffPageContext
{
    [Fact]
    public async Task Steppers_and_typing_set_card_counts_that_are_merged_and_recorded_with_who_entered_them()
    {
        var question = Live.Snapshot.QuestionsInOrder().First(q => q.Type == QuestionType.SingleChoice);
        await Services.GetRequiredService<ModerationService>().OpenAsync(Demo.Id, question.Id, "admin@livepoll.test");
        var cut = Render<ModeratorConsole>(p => p.Add(c => c.Id, Demo.Id));
        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("[data-testid=card-row]").Count));

        await ClickAsync(cut, "[data-testid=card-plus]");
        await ClickAsync(cut, "[data-testid=card-plus]");
        await ClickAsync(cut, "[data-testid=card-plus]");
        await ClickAsync(cut, "[data-testid=card-minus]");
        cut.WaitForAssertion(() => Assert.Equal(2, Live.Snapshot.FindQuestion(question.Id)!.OptionsInOrder().First().CardCount));
        await ChangeAsync(cut, "input[data-testid=card-count]", "15", index: 1);
        cut.WaitForAssertion(() => Assert.Equal(15, Live.Snapshot.FindQuestion(question.Id)!.OptionsInOrder().ElementAt(1).CardCount));

        cut.WaitForAssertion(() => Assert.Contains("0 phones + 2 cards = 2", cut.FindAll("[data-testid=card-total]")[0].TextContent, StringComparison.Ordinal));
        cut.WaitForAssertion(() => Assert.Contains("0 from phones + 17 cards counted in the room", cut.Find("[data-testid=figures]").TextContent, StringComparison.Ordinal));

        await using var db = await Services.GetRequiredService<IDbContextFactory<LivePollDbContext>>().CreateDbContextAsync(Xunit.TestContext.Current.CancellationToken);
        var changes = await db.CardCountChanges.ToListAsync(Xunit.TestContext.Current.CancellationToken);
        Assert.Equal(5, changes.Count);
        Assert.All(changes, c => Assert.Equal("admin@livepoll.test", c.ChangedBy));
    }

    [Fact]
    public async Task A_question_not_yet_asked_takes_no_cards()
    {
        var cut = Render<ModeratorConsole>(p => p.Add(c => c.Id, Demo.Id));
        cut.WaitForAssertion(() => Assert.Equal(8, cut.FindAll("[data-testid=question-row]").Count));
        await ClickAsync(cut, "[data-testid=question-row]", 0);
        cut.WaitForAssertion(() => Assert.Contains("Open the question to count raised cards.", cut.Markup, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[data-testid=card-row]"));
    }
}
