using Bunit;
using LivePoll.Web.Features.Events;
using Microsoft.Extensions.DependencyInjection;

namespace LivePoll.Web.Tests;

public sealed class EventBuilderTests : StaffPageContext
{
    [Fact]
    public void Shows_the_agenda_in_order_with_its_questions()
    {
        var cut = Render<EventBuilder>(p => p.Add(c => c.Id, Demo.Id));

        cut.WaitForAssertion(() => Assert.Contains("Build the event", cut.Markup, StringComparison.Ordinal));
        var sessionTitles = cut.FindAll(".mud-card-header h2").Select(h => h.TextContent).ToList();
        Assert.Equal(5, sessionTitles.Count);
        Assert.Equal("Opening and introduction by the Chair", sessionTitles[0]);
        Assert.Equal("Conclusions by the Chair and Q&A", sessionTitles[4]);
        Assert.Contains("Rank the main obstacles to effective capacity building", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shows_the_settings_and_each_question_at_a_glance_with_links_to_every_screen()
    {
        var timed = QuestionDraft.From(Demo.QuestionsInOrder().First());
        timed.TimerSeconds = 60;
        await Services.GetRequiredService<EventService>().SaveQuestionAsync(Demo.Id, Demo.QuestionsInOrder().First().SessionId, timed);

        var cut = Render<EventBuilder>(p => p.Add(c => c.Id, Demo.Id));
        cut.WaitForAssertion(() => Assert.Contains("Build the event", cut.Markup, StringComparison.Ordinal));

        Assert.Equal(Demo.Title, cut.Find("[data-testid=event-title]").TextContent);
        Assert.Contains("Français: all translated", cut.Find("[data-testid=language-fr]").TextContent, StringComparison.Ordinal);
        foreach (var screen in new[] { "moderate", "present", "report" })
        {
            Assert.Single(cut.FindAll($"a[href='/events/{Demo.Id}/{screen}']"));
        }
        Assert.Equal("60 s", Assert.Single(cut.FindAll("[data-testid=question-timer]")).TextContent.Trim());
    }

    [Fact]
    public void An_unknown_event_says_so()
    {
        var cut = Render<EventBuilder>(p => p.Add(c => c.Id, Guid.NewGuid()));
        cut.WaitForAssertion(() => Assert.Contains("This event does not exist.", cut.Markup, StringComparison.Ordinal));
    }
}
