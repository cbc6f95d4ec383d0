using LivePoll.Domain.Events;
using LivePoll.Domain.Questions;

namespace LivePoll.Domain.Tests;

public sealed class EventTests
{
    private static readonly DateTimeOffset Now = new(2018, 12, 7, 8, 30, 0, TimeSpan.Zero);

    private static (Event Event, Question First, Question Second) TwoQuestions()
    {
        var ev = new Event { Title = "GFMD side event" };
        var session = new AgendaSession { EventId = ev.Id, Title = "Voting" };
        var first = TestQuestions.Make(QuestionType.SingleChoice, state: QuestionState.Draft);
        var second = TestQuestions.Make(QuestionType.SingleChoice, state: QuestionState.Draft);
        second.Order = 1;
        session.Questions.AddRange([first, second]);
        ev.Sessions.Add(session);
        return (ev, first, second);
    }

    [Fact]
    public void Opening_a_question_closes_the_previous_one_and_makes_a_draft_event_live()
    {
        var (ev, first, second) = TwoQuestions();
        ev.OpenQuestion(first, keepOthersOpen: false, Now);
        Assert.Equal(EventStatus.Live, ev.Status);
        ev.OpenQuestion(second, keepOthersOpen: false, Now.AddMinutes(1));
        Assert.Equal(QuestionState.Closed, first.State);
        Assert.Equal(QuestionState.Open, second.State);
    }

    [Fact]
    public void The_moderator_may_keep_the_previous_question_open()
    {
        var (ev, first, second) = TwoQuestions();
        ev.OpenQuestion(first, keepOthersOpen: false, Now);
        ev.OpenQuestion(second, keepOthersOpen: true, Now);
        Assert.Equal(QuestionState.Open, first.State);
    }

    [Fact]
    public void Results_visibility_follows_the_setting_until_revealed_or_hidden()
    {
        var (ev, first, _) = TwoQuestions();
        first.Visibility = ResultsVisibility.AfterClose;
        ev.OpenQuestion(first, false, Now);
        Assert.False(first.ResultsVisibleToAudience);
        first.Close(Now);
        Assert.True(first.ResultsVisibleToAudience);
        first.Hide();
        Assert.False(first.ResultsVisibleToAudience);
        first.Reveal();
        Assert.True(first.ResultsVisibleToAudience);
        Assert.Throws<DomainRuleException>(() => first.Close(Now));
    }

    [Fact]
    public void A_question_of_another_event_cannot_be_opened()
    {
        var (ev, _, _) = TwoQuestions();
        var (_, foreign, _) = TwoQuestions();
        Assert.Throws<DomainRuleException>(() => ev.OpenQuestion(foreign, false, Now));
    }

    [Fact]
    public void Question_definitions_need_text_and_two_to_twelve_options()
    {
        Assert.Empty(QuestionDefinitionRules.Validate(QuestionType.SingleChoice, "Q?", ["a", "b"], null, null, null));
        Assert.Contains(QuestionDefinitionRules.Validate(QuestionType.SingleChoice, " ", ["a", "b"], null, null, null), e => e.Field == "text");
        Assert.Contains(QuestionDefinitionRules.Validate(QuestionType.SingleChoice, "Q?", ["a"], null, null, null), e => e.Field == "options");
        Assert.Contains(QuestionDefinitionRules.Validate(QuestionType.SingleChoice, "Q?", ["a", ""], null, null, null), e => e.Field == "options[1].text");
        Assert.Contains(QuestionDefinitionRules.Validate(QuestionType.MultipleChoice, "Q?", ["a", "b"], 3, null, null), e => e.Field == "maxChoices");
        Assert.Contains(QuestionDefinitionRules.Validate(QuestionType.Scale, "Q?", [], null, 5, 1), e => e.Field == "scaleMax");
        Assert.Contains(QuestionDefinitionRules.Validate(QuestionType.SingleChoice, new string('q', 501), ["a", "b"], null, null, null), e => e.Field == "text");
    }
}
