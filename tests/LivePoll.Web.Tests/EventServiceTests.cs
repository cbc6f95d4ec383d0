using LivePoll.Domain.Questions;
using LivePoll.Web.Features.Events;
using Microsoft.Extensions.DependencyInjection;

namespace LivePoll.Web.Tests;

public sealed class EventServiceTests : StaffPageContext
{
    [Fact]
    public async Task A_new_session_and_a_new_question_with_options_are_stored()
    {
        var events = Services.GetRequiredService<EventService>();
        await events.SaveSessionAsync(Demo.Id, sessionId: null, "Extra session", 5);
        var session = (await events.GetAsync(Demo.Id, Xunit.TestContext.Current.CancellationToken))!.Sessions.Single(s => s.Title == "Extra session");

        var draft = new QuestionDraft { Type = QuestionType.SingleChoice, Text = "Added later?" };
        draft.Options[0].Text = "Yes";
        draft.Options[1].Text = "No";
        await events.SaveQuestionAsync(Demo.Id, session.Id, draft);

        var stored = (await events.GetAsync(Demo.Id, Xunit.TestContext.Current.CancellationToken))!.Sessions.Single(s => s.Id == session.Id).Questions.Single();
        Assert.Equal("Added later?", stored.Text);
        Assert.Equal(["Yes", "No"], stored.OptionsInOrder().Select(o => o.Text));
    }
}
