using LivePoll.Domain.Events;
using LivePoll.Domain.Questions;

namespace LivePoll.Domain.Tests;

public sealed class AgendaTests
{
    private static readonly DateTimeOffset Start = new(2018, 12, 7, 8, 30, 0, TimeSpan.Zero);

    private static (Event Event, AgendaSession Opening, AgendaSession Voting, Question Question) Agenda()
    {
        var ev = new Event { Title = "GFMD" };
        var opening = new AgendaSession { EventId = ev.Id, Order = 0, Title = "Opening", PlannedMinutes = 10 };
        var voting = new AgendaSession { EventId = ev.Id, Order = 1, Title = "Voting", PlannedMinutes = 5 };
        var question = TestQuestions.Make(QuestionType.SingleChoice, state: QuestionState.Draft);
        voting.Questions.Add(question);
        ev.Sessions.AddRange([opening, voting]);
        return (ev, opening, voting, question);
    }

    [Fact]
    public void Starting_the_next_session_ends_the_one_before_and_the_clock_runs_against_the_plan()
    {
        var (ev, opening, voting, _) = Agenda();
        Assert.Null(ev.CurrentSession);
        Assert.Same(opening, ev.NextSession);

        ev.StartSession(opening, Start);
        Assert.Same(opening, ev.CurrentSession);
        Assert.Same(voting, ev.NextSession);
        Assert.Equal(TimeSpan.FromMinutes(12), opening.Elapsed(Start.AddMinutes(12)));

        ev.StartSession(voting, Start.AddMinutes(11));
        Assert.Same(voting, ev.CurrentSession);
        Assert.Null(ev.NextSession);
        Assert.Equal(TimeSpan.FromMinutes(11), opening.Elapsed(Start.AddHours(1))); // ended: its time stays
        Assert.Equal(EventStatus.Live, ev.Status);
    }

    [Fact]
    public void Opening_a_question_starts_its_session()
    {
        var (ev, opening, voting, question) = Agenda();
        ev.StartSession(opening, Start);

        ev.OpenQuestion(question, keepOthersOpen: false, Start.AddMinutes(9));

        Assert.Same(voting, ev.CurrentSession);
        Assert.Equal(Start.AddMinutes(9), opening.EndedAt);
        Assert.Throws<DomainRuleException>(() => ev.StartSession(new AgendaSession(), Start));
    }
}
