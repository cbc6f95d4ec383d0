using Bunit;
using LivePoll.Data;
using LivePoll.Domain.Participants;
using LivePoll.Domain.Qna;
using LivePoll.Web.Features.Moderation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LivePoll.Web.Tests;

public sealed class QnaModerationPanelTests : StaffPageContext
{
    [Fact]
    public async Task The_moderator_approves_pins_and_hides_audience_questions_from_the_queue()
    {
        var question = await AskedAsync("Who funds the mechanism?");
        var cut = Render<ModeratorConsole>(p => p.Add(c => c.Id, Demo.Id));
        cut.WaitForAssertion(() => Assert.Equal("Pending", cut.Find("[data-testid=qna-status]").TextContent.Trim()));
        Assert.Contains("(1 waiting)", cut.Markup, StringComparison.Ordinal);

        await ClickAsync(cut, "[data-testid=qna-approve]");
        cut.WaitForAssertion(() => Assert.Equal("Approved", cut.Find("[data-testid=qna-status]").TextContent.Trim()));
        await ClickAsync(cut, "[data-testid=qna-pin]");
        cut.WaitForAssertion(() => Assert.Equal("Pinned", cut.Find("[data-testid=qna-status]").TextContent.Trim()));
        Assert.Equal("Unpin", cut.Find("[data-testid=qna-unpin]").TextContent.Trim());
        await ClickAsync(cut, "[data-testid=qna-hide]");
        cut.WaitForAssertion(() => Assert.Equal("Hidden", cut.Find("[data-testid=qna-status]").TextContent.Trim()));

        await using var db = await Services.GetRequiredService<IDbContextFactory<LivePollDbContext>>().CreateDbContextAsync(Xunit.TestContext.Current.CancellationToken);
        Assert.Equal(AudienceQuestionStatus.Hidden, (await db.AudienceQuestions.SingleAsync(q => q.Id == question.Id, Xunit.TestContext.Current.CancellationToken)).Status);
    }

    [Fact]
    public void An_empty_queue_says_where_questions_come_from()
    {
        var cut = Render<ModeratorConsole>(p => p.Add(c => c.Id, Demo.Id));
        cut.WaitForAssertion(() => Assert.Contains("No questions from the audience yet.", cut.Markup, StringComparison.Ordinal));
    }

    /// <summary>A question as a phone would have left it: stored and on the live board.</summary>
    private async Task<AudienceQuestion> AskedAsync(string text)
    {
        var participant = new Participant { EventId = Demo.Id, TokenHash = ParticipantToken.Hash(ParticipantToken.Generate()), JoinedAt = DateTimeOffset.UtcNow };
        var question = new AudienceQuestion
        {
            EventId = Demo.Id, ParticipantId = participant.Id, Text = text, Status = AudienceQuestionStatus.Pending, AskedAt = DateTimeOffset.UtcNow,
        };
        await using var db = await Services.GetRequiredService<IDbContextFactory<LivePollDbContext>>().CreateDbContextAsync(Xunit.TestContext.Current.CancellationToken);
        db.Participants.Add(participant);
        db.AudienceQuestions.Add(question);
        await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        Live.Qna.Add(question);
        return question;
    }
}
