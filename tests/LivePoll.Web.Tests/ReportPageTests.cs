using Bunit;
using LivePoll.Data;
using LivePoll.Domain.Participants;
using LivePoll.Domain.Voting;
using LivePoll.Web.Features.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LivePoll.Web.Tests;

public sealed class ReportPageTests : StaffPageContext
{
    [Fact]
    public void An_event_without_answers_shows_its_agenda_an_empty_state_and_every_export()
    {
        var cut = Render<ReportPage>(p => p.Add(c => c.Id, Demo.Id));

        cut.WaitForAssertion(() => cut.Find("[data-testid=report-empty]"));
        Assert.Contains("No responses yet", cut.Find("[data-testid=report-empty]").TextContent, StringComparison.Ordinal);
        Assert.Equal(8, cut.FindAll("[data-testid=report-question]").Count);
        Assert.Equal(
            ["docx", "pptx", "pdf", "html", "xlsx", "csv", "json"],
            cut.FindAll("[data-testid=report-exports] a").Select(a => a.GetAttribute("href")!.Split('/')[^1]));
        Assert.All(cut.FindAll("[data-testid=report-exports] a"), a => Assert.True(a.HasAttribute("download")));
    }

    [Fact]
    public async Task Answers_by_group_show_counts_only_for_five_or_more_people()
    {
        var question = Demo.QuestionsInOrder().First();
        var options = question.OptionsInOrder().ToList();
        await using (var db = await Services.GetRequiredService<IDbContextFactory<LivePollDbContext>>().CreateDbContextAsync(Xunit.TestContext.Current.CancellationToken))
        {
            for (var i = 0; i < 6; i++)
            {
                var participant = new Participant
                {
                    EventId = Demo.Id, TokenHash = ParticipantToken.Hash(ParticipantToken.Generate()),
                    Group = i < 5 ? "National government" : "Academia", JoinedAt = DateTimeOffset.UtcNow,
                };
                db.Participants.Add(participant);
                db.Responses.Add(new Response
                {
                    QuestionId = question.Id, ParticipantId = participant.Id, OptionIds = options[i < 5 ? 0 : 1].Id.ToString(),
                    CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
                });
            }
            await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        }

        var cut = Render<ReportPage>(p => p.Add(c => c.Id, Demo.Id));

        cut.WaitForAssertion(() => cut.Find("[data-testid=report-segments]"));
        var rows = cut.Find("[data-testid=report-segments]").QuerySelectorAll("tbody tr")
            .ToDictionary(r => r.Children[0].TextContent, r => r.Children.Skip(1).Select(c => c.TextContent).ToList());
        Assert.Equal(["5", "<5", "<5", "<5", "5"], rows["National government"]);
        Assert.All(rows["Academia"], cell => Assert.Equal("<5", cell));
        Assert.Equal(9, rows.Count); // the eight groups and "Not given"
        Assert.Contains("6 responses by phone", cut.FindAll("[data-testid=report-figures]")[0].TextContent, StringComparison.Ordinal);
    }
}
