using LivePoll.Domain.Events;
using LivePoll.Domain.Questions;

namespace LivePoll.Domain.Tests;

public sealed class QuestionTimerTests
{
    private static readonly DateTimeOffset Now = new(2018, 12, 7, 8, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Opening_a_question_with_a_timer_sets_when_it_closes_and_closing_clears_it()
    {
        var ev = new Event { Title = "GFMD" };
        var session = new AgendaSession { EventId = ev.Id, Title = "S" };
        ev.Sessions.Add(session);
        var question = TestQuestions.Make(QuestionType.SingleChoice, state: QuestionState.Draft);
        question.TimerSeconds = 30;
        session.Questions.Add(question);

        ev.OpenQuestion(question, keepOthersOpen: false, Now);
        Assert.Equal(Now.AddSeconds(30), question.ClosesAt);
        Assert.Equal(30, question.SecondsLeft(Now));
        Assert.Equal(1, question.SecondsLeft(Now.AddSeconds(29.2)));
        Assert.Equal(0, question.SecondsLeft(Now.AddMinutes(5)));

        question.Close(Now.AddSeconds(30));
        Assert.Null(question.ClosesAt);
        Assert.Null(question.SecondsLeft(Now));
    }

    [Fact]
    public void The_interpretation_allowance_adds_its_seconds_for_each_language_beyond_the_first_and_only_to_a_timer()
    {
        var ev = new Event { Title = "GFMD", Languages = ["en", "fr", "es", "ar"], InterpretationSeconds = 5 };
        var session = new AgendaSession { EventId = ev.Id, Title = "S" };
        ev.Sessions.Add(session);
        var timed = TestQuestions.Make(QuestionType.SingleChoice, state: QuestionState.Draft);
        timed.TimerSeconds = 30;
        var untimed = TestQuestions.Make(QuestionType.SingleChoice, state: QuestionState.Draft);
        session.Questions.AddRange([timed, untimed]);

        ev.OpenQuestion(timed, keepOthersOpen: false, Now);
        Assert.Equal(Now.AddSeconds(30 + (3 * 5)), timed.ClosesAt);
        ev.OpenQuestion(untimed, keepOthersOpen: false, Now);
        Assert.Null(untimed.ClosesAt);

        ev.Languages = ["en"]; // one language: nobody waits for an interpreter
        ev.OpenQuestion(timed, keepOthersOpen: false, Now);
        Assert.Equal(Now.AddSeconds(30), timed.ClosesAt);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(5, true)]
    [InlineData(3600, true)]
    [InlineData(4, false)]
    [InlineData(3601, false)]
    [InlineData(-10, false)]
    public void Timers_run_from_5_seconds_to_an_hour(int? seconds, bool valid) =>
        Assert.Equal(valid, Question.ValidateTimer(seconds) is null);

    [Fact]
    public void A_copy_to_ask_again_has_the_same_wording_and_options_new_ids_and_no_votes_state()
    {
        var original = TestQuestions.Make(QuestionType.SingleChoice, options: 3, state: QuestionState.Closed);
        original.Options[2].CardCount = 12;
        var copy = original.CopyAsDraft(Guid.NewGuid(), order: 7);

        Assert.NotEqual(original.Id, copy.Id);
        Assert.Equal((QuestionState.Draft, 7, original.Text), (copy.State, copy.Order, copy.Text));
        Assert.Equal(original.Options.Select(o => (o.Text, o.Colour)), copy.Options.Select(o => (o.Text, o.Colour)));
        Assert.Empty(copy.Options.Select(o => o.Id).Intersect(original.Options.Select(o => o.Id)));
        Assert.All(copy.Options, o => Assert.Equal(0, o.CardCount));
    }
}
