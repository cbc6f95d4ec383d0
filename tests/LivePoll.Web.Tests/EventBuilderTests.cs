using Bunit;
using LivePoll.Web.Features.Events;

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
    public void An_empty_title_shows_a_validation_message_and_cannot_be_saved()
    {
        var cut = Render<EventBuilder>(p => p.Add(c => c.Id, Demo.Id));
        cut.WaitForAssertion(() => Assert.Contains("Build the event", cut.Markup, StringComparison.Ordinal));

        cut.Find("input[data-testid=event-title]").Input("");
        cut.Find("input[data-testid=event-title]").Blur();

        cut.WaitForAssertion(() => Assert.Contains("Enter a title.", cut.Markup, StringComparison.Ordinal));
        cut.WaitForAssertion(() => Assert.True(cut.FindAll("button")
            .Single(b => b.TextContent.Contains("Save title", StringComparison.Ordinal)).HasAttribute("disabled")));
    }

    [Fact]
    public void An_unknown_event_says_so()
    {
        var cut = Render<EventBuilder>(p => p.Add(c => c.Id, Guid.NewGuid()));
        cut.WaitForAssertion(() => Assert.Contains("This event does not exist.", cut.Markup, StringComparison.Ordinal));
    }
}
