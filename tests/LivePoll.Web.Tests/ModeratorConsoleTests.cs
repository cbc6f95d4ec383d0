using Bunit;
using LivePoll.Domain.Questions;
using LivePoll.Web.Features.Moderation;

namespace LivePoll.Web.Tests;

public sealed class ModeratorConsoleTests : StaffPageContext
{
    [Fact]
    public void Shows_the_whole_agenda_with_its_questions()
    {
        var cut = Render<ModeratorConsole>(p => p.Add(c => c.Id, Demo.Id));

        cut.WaitForAssertion(() => Assert.Equal(8, cut.FindAll("[data-testid=question-row]").Count));
        Assert.Contains("Interaction with the audience (voting exercise)", cut.Markup, StringComparison.Ordinal);
        Assert.All(cut.FindAll("[data-testid=state]"), chip => Assert.Equal("Draft", chip.TextContent.Trim()));
    }

    [Fact]
    public async Task One_click_opens_a_question_and_opening_the_next_closes_it()
    {
        var cut = Render<ModeratorConsole>(p => p.Add(c => c.Id, Demo.Id));
        cut.WaitForAssertion(() => Assert.Equal(8, cut.FindAll("[data-testid=question-row]").Count));

        await ClickAsync(cut, "[data-testid=open-close]", 0);
        cut.WaitForAssertion(() => Assert.Equal("Open", cut.FindAll("[data-testid=state]")[0].TextContent.Trim()));
        Assert.Equal("Close", cut.FindAll("[data-testid=open-close]")[0].TextContent.Trim());

        await ClickAsync(cut, "[data-testid=open-close]", 1);
        cut.WaitForAssertion(() => Assert.Equal("Open", cut.FindAll("[data-testid=state]")[1].TextContent.Trim()));
        cut.WaitForAssertion(() => Assert.Equal("Closed", cut.FindAll("[data-testid=state]")[0].TextContent.Trim()));
        var questions = Live.Snapshot.QuestionsInOrder().ToList();
        Assert.Equal([QuestionState.Closed, QuestionState.Open], questions.Take(2).Select(q => q.State));
    }

    [Fact]
    public async Task Keyboard_selects_the_next_question_and_space_opens_it()
    {
        var cut = Render<ModeratorConsole>(p => p.Add(c => c.Id, Demo.Id));
        cut.WaitForAssertion(() => Assert.Equal(8, cut.FindAll("[data-testid=question-row]").Count));

        await ClickAsync(cut, "[data-testid=question-row]", 0); // selects the first question
        await cut.InvokeAsync(() => cut.Instance.OnKey("ArrowRight"));
        await cut.InvokeAsync(() => cut.Instance.OnKey(" "));

        var second = Live.Snapshot.QuestionsInOrder().ElementAt(1);
        Assert.Equal(QuestionState.Open, second.State);
        cut.WaitForAssertion(() => Assert.Equal("Open", cut.FindAll("[data-testid=state]")[1].TextContent.Trim()));

        await cut.InvokeAsync(() => cut.Instance.OnKey("r"));
        Assert.False(Live.Snapshot.QuestionsInOrder().ElementAt(1).ResultsVisibleToAudience);
    }
}

public sealed class AgendaNowNextTests : StaffPageContext
{
    [Fact]
    public async Task The_console_shows_now_and_next_and_moves_through_the_agenda_with_one_click()
    {
        var cut = Render<ModeratorConsole>(p => p.Add(c => c.Id, Demo.Id));
        cut.WaitForAssertion(() => Assert.Equal("not started", cut.Find("[data-testid=now]").TextContent.Trim()));
        Assert.Equal("Opening and introduction by the Chair", cut.Find("[data-testid=next]").TextContent.Trim());

        await ClickAsync(cut, "[data-testid=start-next]");
        cut.WaitForAssertion(() => Assert.Equal("Opening and introduction by the Chair", cut.Find("[data-testid=now]").TextContent.Trim()));
        Assert.StartsWith("Session I:", cut.Find("[data-testid=next]").TextContent.Trim(), StringComparison.Ordinal);
        Assert.Matches(@"^0:0\d of 10 min$", cut.Find("[data-testid=agenda-now-next] [data-testid=session-clock]").TextContent.Trim());

        await ClickAsync(cut, "[data-testid=start-next]");
        cut.WaitForAssertion(() => Assert.StartsWith("Session I:", cut.Find("[data-testid=now]").TextContent.Trim(), StringComparison.Ordinal));
        var sessions = Live.Snapshot.Sessions.OrderBy(s => s.Order).ToList();
        Assert.NotNull(sessions[0].EndedAt);
        Assert.True(sessions[1].IsRunning);
    }

    [Fact]
    public async Task The_clicker_steps_through_parts_of_the_agenda_and_space_starts_the_selected_part()
    {
        var cut = Render<ModeratorConsole>(p => p.Add(c => c.Id, Demo.Id));
        cut.WaitForAssertion(() => Assert.Equal(8, cut.FindAll("[data-testid=question-row]").Count));

        // the clicker starts at the top of the agenda: Opening, then Session I (neither has questions)
        cut.WaitForAssertion(() => Assert.Contains("Opening and introduction", cut.Find("[data-testid=session-step]").TextContent, StringComparison.Ordinal));
        await cut.InvokeAsync(() => cut.Instance.OnKey("PageDown"));
        cut.WaitForAssertion(() => Assert.Contains("Session I:", cut.Find("[data-testid=session-step]").TextContent, StringComparison.Ordinal));
        Assert.Contains("No questions in this part", cut.Find("[data-testid=session-step]").TextContent, StringComparison.Ordinal);

        await cut.InvokeAsync(() => cut.Instance.OnKey(" "));
        Assert.True(Session(1).IsRunning);
        cut.WaitForAssertion(() => Assert.StartsWith("Session I:", cut.Find("[data-testid=now]").TextContent.Trim(), StringComparison.Ordinal));
        cut.WaitForAssertion(() => cut.Find("[data-testid=session-running]"));

        // on to the voting exercise and its first question: Space starts the part, then opens the question
        await cut.InvokeAsync(() => cut.Instance.OnKey("PageDown"));
        await cut.InvokeAsync(() => cut.Instance.OnKey(" "));
        Assert.True(Session(2).IsRunning);
        await cut.InvokeAsync(() => cut.Instance.OnKey("PageDown"));
        await cut.InvokeAsync(() => cut.Instance.OnKey(" "));
        Assert.Equal(QuestionState.Open, Live.Snapshot.QuestionsInOrder().First().State);

        // the clicker's blank-screen key blanks the projector and brings it back
        await cut.InvokeAsync(() => cut.Instance.OnKey("b"));
        Assert.Equal(LivePoll.Web.Realtime.ProjectorMode.Blank, Live.ProjectorMode);
        await cut.InvokeAsync(() => cut.Instance.OnKey("b"));
        Assert.Equal(LivePoll.Web.Realtime.ProjectorMode.Auto, Live.ProjectorMode);
    }

    private LivePoll.Domain.Events.AgendaSession Session(int index) => Live.Snapshot.Sessions.OrderBy(s => s.Order).ElementAt(index);
}
